"""placeholder"""
def extract(doc):
    return [], []
