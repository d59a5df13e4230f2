"""Write web pages shaped like a report page saved from a government site.

Used by tests: the lines of a plain-text report go into the article body of a
page that also has what such sites put around it (site header, navigation,
breadcrumb, the information line with 发布时间 and 来源, font-size and share
buttons, 打印本页/关闭窗口, related links, a footer with the site's
registration numbers, scripts and styles), saved in the charset its meta tag
names.
"""

from __future__ import annotations

import html
from pathlib import Path

_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta name="SiteName" content="威海市人民政府" />
<meta name="SiteDomain" content="www.weihai.gov.cn" />
<meta name="SiteIDCode" content="3710000013" />
<meta name="ColumnName" content="政府工作报告" />
<meta name="ArticleTitle" content="{article_title}" />
<meta name="PubDate" content="{published} 09:30" />
<meta name="ContentSource" content="威海市人民政府办公室" />
<title>{article_title}_威海市人民政府</title>
<link rel="stylesheet" type="text/css" href="../../css/style.css" />
<style type="text/css">.nav li {{ float: left; }} .share a {{ margin: 0 4px; }}</style>
<script type="text/javascript" src="../../js/jquery.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script");
hm.src = "https://hm.baidu.com/hm.js?123"; document.getElementsByTagName("head")[0].appendChild(hm); }})();
</script>
</head>
<body>
<div class="top"><div class="top-bar">今天是：<span id="today"></span>
<a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a> | <a href="#">登录</a></div>
<div class="logo"><img src="../../images/logo.png" alt="威海市人民政府" /></div>
<div class="search"><form action="/search"><input type="text" name="q" value="请输入关键字" />
<input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/zjwh">走进威海</a></li><li><a href="/ztzl">专题专栏</a></li>
</ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt;
<a href="/zwgk/zfgzbg">政府工作报告</a></div>
<div class="article">
<h1 class="title">{heading}</h1>
<div class="info">发布时间：{published} 09:30&nbsp;&nbsp;&nbsp;来源：威海市人民政府办公室&nbsp;&nbsp;
浏览次数：<span id="views">3521</span>&nbsp;&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="share">分享到：<a href="#" class="wx">微信</a><a href="#" class="wb">微博</a><a href="#">QQ空间</a></div>
<div class="TRS_Editor" id="zoom">
{body}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/a/1.html">2021年威海市政府工作报告</a></li>
<li><a href="/a/2.html">威海市国民经济和社会发展统计公报</a></li>
</ul></div>
</div></div>
<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：威海市人民政府办公室　承办：威海市大数据中心</p>
<p>网站标识码：3710000013　<a href="https://beian.miit.gov.cn">鲁ICP备05019328号</a>　鲁公网安备 37100202000123号</p>
<p>地址：威海市新威路1号　邮编：264200</p></div>
<script type="text/javascript">document.getElementById("today").innerHTML = new Date().toLocaleDateString();</script>
</body>
</html>
"""


_TABLE_PAGE = """<html><head><meta charset="{charset}"><title>{article_title}-威海市人民政府</title></head><body>
<table width="1000" align="center"><tr><td><img src="logo.gif" /></td></tr>
<tr><td class="dh"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/zwfw">政务服务</a> |
<a href="/hdjl">互动交流</a></td></tr></table>
<table width="1000" align="center"><tr><td width="200" valign="top"><table>
<tr><td><a href="/zn">政府信息公开指南</a></td></tr><tr><td><a href="/ml">政府信息公开目录</a></td></tr>
<tr><td><a href="/bg">政府工作报告</a></td></tr></table></td>
<td valign="top"><table width="100%">
<tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk">政务公开</a> &gt;&gt; 政府工作报告</td></tr>
<tr><td align="center"><strong>{heading}</strong></td></tr>
<tr><td align="center">发布日期：{published_chinese}　　【字体：<a href="#">大</a> <a href="#">中</a>
<a href="#">小</a>】</td></tr>
<tr><td class="bt_content">{body}</td></tr>
<tr><td align="right"><a href="javascript:window.print()">[打印本页]</a>
<a href="javascript:window.close()">[关闭窗口]</a></td></tr></table></td></tr></table>
<table align="center"><tr><td>版权所有：威海市人民政府　技术支持：威海市大数据中心　鲁ICP备05019328号</td></tr></table>
</body></html>
"""


def report_page(
    text: str,
    *,
    heading: str = "",
    article_title: str = "威海市2022年政府工作报告",
    published: str = "2022-03-01",
    charset: str = "gb2312",
    breaks: bool = False,
    layout: str = "div",
) -> str:
    """A government-site page around the non-blank lines of ``text``.

    Each line is a ``<p>`` with the two-character indent such sites write as
    ``&nbsp;``; with ``breaks`` the lines are one block cut by ``<br />`` as
    older editors save them.  ``heading`` is the article heading above the
    information line (the first line of the text when empty).  ``layout``
    "table" gives an older site laid out in nested tables.
    """
    lines = [line.strip(" \u3000") for line in text.splitlines() if line.strip(" \u3000")]
    heading = heading or lines[0]
    if breaks:
        body = "<div>" + "<br />\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + html.escape(line) for line in lines) + "</div>"
    else:
        body = "\n".join(
            f'<p style="text-indent: 2em;"><span style="font-family: 仿宋;">{html.escape(line)}</span></p>'
            for line in lines
        )
    year, month, day = published.split("-")
    return (_TABLE_PAGE if layout == "table" else _HEAD).format(
        charset=charset, article_title=html.escape(article_title), heading=html.escape(heading),
        published=published, published_chinese=f"{year}年{month}月{day}日", body=body,
    )


def write_report_page(text: str, path: Path, *, charset: str = "gb2312", **options: object) -> Path:
    """Save ``report_page(text)`` in ``charset`` (GB2312 pages are written as GBK, as browsers save them)."""
    page = report_page(text, charset=charset, **options)  # type: ignore[arg-type]
    path.write_bytes(page.encode("gbk" if charset.lower() == "gb2312" else charset))
    return path
