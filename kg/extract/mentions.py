"""placeholder"""
def extract(doc, skip=()):
    return []
