<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjudicationDialog</name>
    <message>
        <source>Adjudication</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注者</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>0  Clear</source>
        <translation>0  清除</translation>
    </message>
    <message>
        <source>K  Previous</source>
        <translation>K  上一句</translation>
    </message>
    <message>
        <source>J  Next</source>
        <translation>J  下一句</translation>
    </message>
    <message>
        <source>N  Next undecided</source>
        <translation>N  下一处未裁定</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Label keys give the gold label, 0 clears it; J/K walk, N goes to the next undecided sentence; Ctrl+Z undoes, Ctrl+S saves.</source>
        <translation>标签键给出金标准标签，0 清除；J/K 前后移动，N 跳到下一处未裁定的句子；Ctrl+Z 撤销，Ctrl+S 保存。</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n agreed sentence(s)</source>
        <translation>
            <numerusform>接受 %n 个一致的句子</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotators agree on every sentence they labelled.</source>
        <translation>标注者在所标注的每个句子上都一致。</translation>
    </message>
    <message>
        <source>Disagreement %1 of %2 · %3 decided · %4 left</source>
        <translation>分歧 %1/%2 · 已裁定 %3 · 剩余 %4</translation>
    </message>
    <message>
        <source>(not labelled)</source>
        <translation>（未标注）</translation>
    </message>
    <message>
        <source>(undecided)</source>
        <translation>（未裁定）</translation>
    </message>
    <message>
        <source>Gold label: %1</source>
        <translation>金标准标签：%1</translation>
    </message>
    <message>
        <source>Clear the gold label</source>
        <translation>清除金标准标签</translation>
    </message>
</context>
<context>
    <name>AlignWorker</name>
    <message>
        <source>Linking each plan to its review…</source>
        <translation>正在将计划与回顾逐句关联…</translation>
    </message>
    <message>
        <source>Matching indicators…</source>
        <translation>正在匹配指标…</translation>
    </message>
    <message>
        <source>Pairing sentences…</source>
        <translation>正在配对句子…</translation>
    </message>
    <message>
        <source>Pairing sections by topic…</source>
        <translation>正在按主题配对章节…</translation>
    </message>
    <message>
        <source>Loading the word segmenter…</source>
        <translation>正在加载分词器…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>CompareChoiceDialog</name>
    <message>
        <source>Compare two reports</source>
        <translation>对比两份报告</translation>
    </message>
    <message>
        <source>Reports of one place in consecutive years:</source>
        <translation>同一地区相邻年份的报告：</translation>
    </message>
    <message>
        <source>Or any two open reports:</source>
        <translation>或任选两份已打开的报告：</translation>
    </message>
    <message>
        <source>No two open reports are of one place in consecutive years. Pick any two:</source>
        <translation>已打开的报告中没有同一地区相邻年份的两份。请任选两份：</translation>
    </message>
    <message>
        <source>Earlier (left):</source>
        <translation>较早（左侧）：</translation>
    </message>
    <message>
        <source>Later (right):</source>
        <translation>较晚（右侧）：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>CompareLauncher</name>
    <message>
        <source>Compare &amp;years…</source>
        <translation>年度对比(&amp;Y)…</translation>
    </message>
    <message>
        <source>Two open reports side by side, usually one place in consecutive years (%1)</source>
        <translation>并排显示两份已打开的报告，通常为同一地区的相邻年份（%1）</translation>
    </message>
    <message>
        <source>Compare years</source>
        <translation>年度对比</translation>
    </message>
    <message>
        <source>Open two reports first, for example one city&apos;s reports of two consecutive years.</source>
        <translation>请先打开两份报告，例如同一城市相邻两年的报告。</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Earlier: %1</source>
        <translation>较早：%1</translation>
    </message>
    <message>
        <source>Later: %1</source>
        <translation>较晚：%1</translation>
    </message>
    <message>
        <source>(similarity %1)</source>
        <translation>（相似度 %1）</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Sections paired by topic (score %1)</source>
        <translation>按主题配对的章节（得分 %1）</translation>
    </message>
    <message>
        <source>Shared topic words: %1</source>
        <translation>共同主题词：%1</translation>
    </message>
    <message>
        <source>A pair: %1, similarity %2</source>
        <translation>配对：%1，相似度 %2</translation>
    </message>
    <message>
        <source>same sentence</source>
        <translation>句子相同</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>措辞有改动</translation>
    </message>
    <message>
        <source>moved from a section that was not paired</source>
        <translation>从未配对的章节移来</translation>
    </message>
    <message>
        <source>dropped: no partner in the later report</source>
        <translation>删去：较晚的报告中没有对应句子</translation>
    </message>
    <message>
        <source>new: no partner in the earlier report</source>
        <translation>新增：较早的报告中没有对应句子</translation>
    </message>
</context>
<context>
    <name>CompareTagging</name>
    <message>
        <source>That sentence is hidden by the filter.</source>
        <translation>该句已被筛选条件隐藏。</translation>
    </message>
    <message>
        <source>No change further on.</source>
        <translation>后面没有改动了。</translation>
    </message>
    <message>
        <source>No change before this one.</source>
        <translation>前面没有改动了。</translation>
    </message>
    <message>
        <source>No sentence on this side of the row.</source>
        <translation>这一行的这一侧没有句子。</translation>
    </message>
    <message>
        <source>This report is read-only: its annotation file could not be read. Labels cannot be changed.</source>
        <translation>此报告为只读：其标注文件无法读取，标签不能修改。</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>标注为“%1”</translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation>清除标签</translation>
    </message>
    <message>
        <source>Show in the reading window</source>
        <translation>在阅读窗口中显示</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>J/K ↓/↑ sentence · ←/→ Tab side · N/F7 next change, Shift: previous · label keys · 0 clear · Enter: reading window</source>
        <translation>J/K ↓/↑ 句子 · ←/→ Tab 左右 · N/F7 下一处改动（Shift 上一处）· 标签键 · 0 清除 · Enter 阅读窗口</translation>
    </message>
    <message>
        <source>J/K sentence · ←/→ Tab other side · N next linked · label keys · 0 clear · F6 scorecard · F1 keys</source>
        <translation>J/K 句子 · ←/→ Tab 另一侧 · N 下一个关联句 · 标签键 · 0 清除 · F6 目标完成情况 · F1 快捷键</translation>
    </message>
    <message>
        <source>↓/↑ next target, shown in both texts · Alt+S which verdicts · F6 the texts alone · Ctrl+3 row list · F1 keys</source>
        <translation>↓/↑ 下一个目标，在两篇全文中显示 · Alt+S 按结论筛选 · F6 仅看全文 · Ctrl+3 逐句列表 · F1 快捷键</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Aligning the two reports…</source>
        <translation>正在对齐两份报告…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Next change ▼</source>
        <translation>下一处改动 ▼</translation>
    </message>
    <message>
        <source>Previous change ▲</source>
        <translation>上一处改动 ▲</translation>
    </message>
    <message>
        <source>Next change (N, F7)</source>
        <translation>下一处改动（N、F7）</translation>
    </message>
    <message>
        <source>Previous change (Shift+N, Shift+F7)</source>
        <translation>上一处改动（Shift+N、Shift+F7）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>目标完成情况</translation>
    </message>
    <message>
        <source>The scorecard above the two texts (Ctrl+1)</source>
        <translation>目标完成情况在上，两篇全文在下（Ctrl+1）</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>The two texts side by side, part by part (Ctrl+2)</source>
        <translation>两篇全文按部分并排（Ctrl+2）</translation>
    </message>
    <message>
        <source>Row list</source>
        <translation>逐句列表</translation>
    </message>
    <message>
        <source>Every sentence pair in one list (Ctrl+3)</source>
        <translation>所有句对列成一张表（Ctrl+3）</translation>
    </message>
    <message>
        <source>Scorecard or texts</source>
        <translation>目标完成情况或全文</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Show or hide the keys (F1)</source>
        <translation>显示或隐藏快捷键（F1）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source> Show: </source>
        <translation> 显示：</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Of the keys pressed while the reports were being aligned, only those that move were applied: no label was given. Choose the sentence and type the label again.</source>
        <translation>对齐两份报告时按下的键只执行了移动，没有标注任何句子。请选定句子后重新输入标签。</translation>
    </message>
    <message>
        <source>The two reports could not be aligned:
%1</source>
        <translation>两份报告无法对齐：
%1</translation>
    </message>
    <message>
        <source>%1 sentence pairs (%2 reworded), %3 dropped, %4 new.  %5</source>
        <translation>%1 对句子（%2 对措辞有改动），删去 %3 句，新增 %4 句。  %5</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>仅显示改动</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>仅“%1”</translation>
    </message>
    <message>
        <source>Compare %1 ↔ %2</source>
        <translation>对比 %1 ↔ %2</translation>
    </message>
    <message>
        <source>Scorecard above the two texts</source>
        <translation>目标完成情况在上，两篇全文在下</translation>
    </message>
    <message>
        <source>The two texts alone (reading view)</source>
        <translation>仅两篇全文（阅读视图）</translation>
    </message>
    <message>
        <source>Row list of every sentence pair</source>
        <translation>所有句对的逐句列表</translation>
    </message>
    <message>
        <source>Between the scorecard and the texts</source>
        <translation>在目标完成情况与全文之间切换</translation>
    </message>
    <message>
        <source>In the scorecard: next / previous target, shown in both texts</source>
        <translation>目标完成情况中：下一个/上一个目标，在两篇全文中显示</translation>
    </message>
    <message>
        <source>In the scorecard: show only some verdicts (the missed targets, those with a result…)</source>
        <translation>目标完成情况中：按结论筛选（未完成的目标、有结果的目标…）</translation>
    </message>
    <message>
        <source>In the scorecard: first / last target</source>
        <translation>目标完成情况中：第一个/最后一个目标</translation>
    </message>
    <message>
        <source>Next / previous sentence</source>
        <translation>下一句/上一句</translation>
    </message>
    <message>
        <source>The other report (the linked sentence)</source>
        <translation>另一篇报告（关联的句子）</translation>
    </message>
    <message>
        <source>Next / previous linked sentence (texts), change (row list)</source>
        <translation>下一个/上一个关联句（全文）、变化（逐句列表）</translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation>清除标签</translation>
    </message>
    <message>
        <source>Show the sentence in the reading window</source>
        <translation>在阅读窗口中显示该句</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>撤销/重做</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>立即保存</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>显示或隐藏此帮助</translation>
    </message>
    <message>
        <source>dropped words</source>
        <translation>删去的词</translation>
    </message>
    <message>
        <source>new words</source>
        <translation>新增的词</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>删去</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>earlier wording</source>
        <translation>原表述</translation>
    </message>
    <message>
        <source>later wording</source>
        <translation>新表述</translation>
    </message>
    <message>
        <source>target → result</source>
        <translation>目标 → 结果</translation>
    </message>
    <message>
        <source>plan → review</source>
        <translation>计划 → 回顾</translation>
    </message>
    <message>
        <source>same sentence, reworded</source>
        <translation>同一句，措辞有变</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>较早</translation>
    </message>
    <message>
        <source>later</source>
        <translation>较晚</translation>
    </message>
    <message>
        <source>%1 report, sentence %2 of %3</source>
        <translation>%1报告，第 %2 句，共 %3 句</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Save failed: changes kept, retrying</source>
        <translation>保存失败：修改已保留，正在重试</translation>
    </message>
    <message>
        <source>All saved</source>
        <translation>已全部保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>{name} is empty: it contains no text.</source>
        <translation>{name} 是空文件：其中没有文字。</translation>
    </message>
    <message>
        <source>{name} does not look like a text file: it contains binary data.</source>
        <translation>{name} 看起来不是文本文件：其中含有二进制数据。</translation>
    </message>
    <message>
        <source>{name} does not look like a text file: its bytes do not decode as text in any known encoding.</source>
        <translation>{name} 看起来不是文本文件：无法用任何已知编码将其解码为文字。</translation>
    </message>
    <message>
        <source>{name} is marked as {encoding} text but is not valid {encoding}; the file may be damaged.</source>
        <translation>{name} 标记为 {encoding} 文本，但不是有效的 {encoding}；文件可能已损坏。</translation>
    </message>
    <message>
        <source>The text encoding of {name} could not be recognised; save it as UTF-8 and try again.</source>
        <translation>无法识别 {name} 的文字编码；请将其另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>{name} could not be found.</source>
        <translation>找不到 {name}。</translation>
    </message>
    <message>
        <source>You do not have permission to read {name}.</source>
        <translation>您没有读取 {name} 的权限。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{name} is not a regular file.</source>
        <translation>{name} 不是普通文件。</translation>
    </message>
    <message>
        <source>{name} could not be read: {detail}.</source>
        <translation>无法读取 {name}：{detail}。</translation>
    </message>
    <message>
        <source>{name} cannot be opened: only plain text (.txt), Word (.docx), web pages (.html, .htm) and PDF (.pdf) files are supported.</source>
        <translation>无法打开 {name}：只支持纯文本（.txt）、Word（.docx）、网页（.html、.htm）和 PDF（.pdf）文件。</translation>
    </message>
    <message>
        <source>{name} cannot be opened: only plain text (.txt), Word (.docx), web pages (.html, .htm) and PDF (.pdf) files are supported. Save it as .docx in Word first.</source>
        <translation>无法打开 {name}：只支持纯文本（.txt）、Word（.docx）、网页（.html、.htm）和 PDF（.pdf）文件。请先在 Word 中将其另存为 .docx。</translation>
    </message>
    <message>
        <source>{name} is too large ({size}); the limit is {limit}.</source>
        <translation>{name} 太大（{size}）；上限为 {limit}。</translation>
    </message>
    <message>
        <source>{name} is too large; the limit is {limit}.</source>
        <translation>{name} 太大；上限为 {limit}。</translation>
    </message>
    <message>
        <source>{name} is too large: its contents unpack to more than {limit}.</source>
        <translation>{name} 太大：解压后的内容超过 {limit}。</translation>
    </message>
    <message>
        <source>{name} is an old-format Word document (.doc) or is password-protected; save it as .docx without a password.</source>
        <translation>{name} 是旧格式的 Word 文档（.doc）或设有密码；请将其另存为不设密码的 .docx。</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx) or is damaged.</source>
        <translation>{name} 不是 Word 文档（.docx）或已损坏。</translation>
    </message>
    <message>
        <source>{name} is not a file name.</source>
        <translation>{name} 不是有效的文件名。</translation>
    </message>
    <message>
        <source>{name} is not a web page that can be read, or the page holds no text.</source>
        <translation>{name} 不是可读取的网页，或网页中没有文字。</translation>
    </message>
    <message>
        <source>{name} holds no report text: the page is empty or its text is loaded by a script.</source>
        <translation>{name} 中没有报告正文：网页为空，或其文字由脚本加载。</translation>
    </message>
    <message>
        <source>{name} is protected by a password; open it in a PDF reader, save a copy without protection and try again.</source>
        <translation>{name} 设有密码保护；请在 PDF 阅读器中打开，另存一份无保护的副本后重试。</translation>
    </message>
    <message>
        <source>{name} has no text layer: it is a scanned image. Run it through text recognition (OCR) first, or open a text or Word version of the report.</source>
        <translation>{name} 没有文字层：它是扫描图像。请先进行文字识别（OCR），或打开该报告的文本或 Word 版本。</translation>
    </message>
    <message>
        <source>The text of {name} cannot be read: its fonts do not tell which characters they draw. Run it through text recognition (OCR), or open a text or Word version of the report.</source>
        <translation>无法读取 {name} 的文字：其字体未标明所绘制的字符。请先进行文字识别（OCR），或打开该报告的文本或 Word 版本。</translation>
    </message>
    <message>
        <source>{name} is not a PDF file or is damaged.</source>
        <translation>{name} 不是 PDF 文件或已损坏。</translation>
    </message>
    <message>
        <source>{name} could not be read ({detail}).</source>
        <translation>无法读取 {name}（{detail}）。</translation>
    </message>
    <message>
        <source>Could not read the annotation file {file}: {detail}.</source>
        <translation>无法读取标注文件 {file}：{detail}。</translation>
    </message>
    <message>
        <source>{file} is not an annotation file of this program (no &quot;schema&quot; field). It has not been changed.</source>
        <translation>{file} 不是本程序的标注文件（没有“schema”字段）。该文件未被改动。</translation>
    </message>
    <message>
        <source>{file} is not an annotation file of this program (schema {schema}, expected {expected}). It has not been changed.</source>
        <translation>{file} 不是本程序的标注文件（schema 为 {schema}，应为 {expected}）。该文件未被改动。</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of this program (format version {version}; this version reads up to {supported}). Please update the program to open it. The file has not been changed.</source>
        <translation>{file} 由本程序的较新版本写入（格式版本 {version}；当前版本最高只能读取 {supported}）。请更新程序后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <source>The annotation file {file} is damaged and cannot be opened ({detail}). It has not been changed.</source>
        <translation>标注文件 {file} 已损坏，无法打开（{detail}）。该文件未被改动。</translation>
    </message>
    <message>
        <source>The annotation file {file} is damaged and cannot be opened ({detail}). It has not been changed. An earlier version may be in {backup}.</source>
        <translation>标注文件 {file} 已损坏，无法打开（{detail}）。该文件未被改动。较早的版本可能保存在 {backup}。</translation>
    </message>
    <message>
        <source>Could not save {file}: {detail}. The previously saved file is unchanged.</source>
        <translation>无法保存 {file}：{detail}。之前保存的文件未被改动。</translation>
    </message>
    <message>
        <source>Could not save {file}: the previous version could not be kept as {backup} ({detail}). The previously saved file is unchanged.</source>
        <translation>无法保存 {file}：之前的版本无法保留为 {backup}（{detail}）。之前保存的文件未被改动。</translation>
    </message>
    <message>
        <source>Could not save {file}: another window or program has been saving it for more than {seconds} seconds (it holds the lock {lock}). The previously saved file is unchanged; try again.</source>
        <translation>无法保存 {file}：另一个窗口或程序正在保存该文件，已超过 {seconds} 秒（它持有锁文件 {lock}）。之前保存的文件未被改动；请重试。</translation>
    </message>
    <message>
        <source>Not saving {file}: the file was changed by another program or window since it was opened, and its new version cannot be read ({detail}) Save anyway to overwrite it: the other version is then kept as a separate &apos;.conflict-&lt;time&gt;.json&apos; file beside it.</source>
        <translation>未保存 {file}：该文件在打开后已被其他程序或窗口修改，且其新版本无法读取（{detail}）。仍要保存即会覆盖它：另一版本将另存为旁边的“.conflict-&lt;时间&gt;.json”文件。</translation>
    </message>
    <message>
        <source>{output} is named like an annotation file (or its backup); an export or summary never writes over annotation files. Choose another name.</source>
        <translation>{output} 的名称与标注文件（或其备份）相同；导出或简报绝不会覆盖标注文件。请另选名称。</translation>
    </message>
    <message>
        <source>{output} is one of the files read (an input); it is not written over. Choose another output name.</source>
        <translation>{output} 是要读取的文件之一（输入文件），不会被覆盖。请另选输出文件名。</translation>
    </message>
    <message>
        <source>{output} cannot be checked ({detail}); nothing was written.</source>
        <translation>无法检查 {output}（{detail}）；未写入任何文件。</translation>
    </message>
    <message>
        <source>{output} is a folder, not a regular file; it is not written over. Choose a file name.</source>
        <translation>{output} 是文件夹，不是普通文件，不会被覆盖。请选择一个文件名。</translation>
    </message>
    <message>
        <source>{output} is a symbolic link, not a regular file; it is not written over. Choose a file name.</source>
        <translation>{output} 是符号链接，不是普通文件，不会被覆盖。请选择一个文件名。</translation>
    </message>
    <message>
        <source>{output} is a device, not a regular file; it is not written over. Choose a file name.</source>
        <translation>{output} 是设备，不是普通文件，不会被覆盖。请选择一个文件名。</translation>
    </message>
    <message>
        <source>{output} is a pipe, not a regular file; it is not written over. Choose a file name.</source>
        <translation>{output} 是管道，不是普通文件，不会被覆盖。请选择一个文件名。</translation>
    </message>
    <message>
        <source>{output} is a socket, not a regular file; it is not written over. Choose a file name.</source>
        <translation>{output} 是套接字，不是普通文件，不会被覆盖。请选择一个文件名。</translation>
    </message>
    <message>
        <source>{output} is not a regular file; it is not written over. Choose a file name.</source>
        <translation>{output} 不是普通文件，不会被覆盖。请选择一个文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Could not read {file}: {detail}.</source>
        <translation>无法读取 {file}：{detail}。</translation>
    </message>
    <message>
        <source>{file} is not a labels file (its JSON is nested too deeply).</source>
        <translation>{file} 不是标签文件（其 JSON 嵌套过深）。</translation>
    </message>
    <message>
        <source>{file} is not a labels file ({detail}).</source>
        <translation>{file} 不是标签文件（{detail}）。</translation>
    </message>
    <message>
        <source>Unknown label(s): {labels}. Nothing was imported. Correct the file, or define the labels with a labels file (--labels FILE, like the OUT.labels.json an export writes).</source>
        <translation>未知标签：{labels}。未导入任何内容。请更正该文件，或用标签文件定义这些标签（--labels FILE，例如导出时写出的 OUT.labels.json）。</translation>
    </message>
    <message>
        <source>The label {label} cannot be added: {detail}</source>
        <translation>无法添加标签 {label}：{detail}</translation>
    </message>
    <message>
        <source>Skipped {file}: {detail}</source>
        <translation>已跳过 {file}：{detail}</translation>
    </message>
    <message>
        <source>No annotation file was found for {file}; it is left out.</source>
        <translation>未找到 {file} 的标注文件；该报告未纳入。</translation>
    </message>
    <message>
        <source>No annotation file was found for {file}; its sentences are written without labels.</source>
        <translation>未找到 {file} 的标注文件；其句子将不带标签写出。</translation>
    </message>
    <message>
        <source>No annotation file was found for {file}; its sentences are written with their unconfirmed suggestions.</source>
        <translation>未找到 {file} 的标注文件；其句子以未确认的系统推荐标签写出。</translation>
    </message>
    <message>
        <source>The labels of {annotator} on {report} are kept in two files, {first} and {second} (one was saved while the report&apos;s folder could not be written); both are used: {taken} label(s) come from the second only. Open the report in the program to merge the files.</source>
        <translation>{annotator} 对 {report} 的标签保存在两个文件中：{first} 和 {second}（其中一个是在报告所在文件夹无法写入时保存的）；两者都已使用：有 {taken} 个标签只来自第二个文件。请在程序中打开该报告以合并这两个文件。</translation>
    </message>
    <message>
        <source>The labels of {annotator} on {report} are kept in two files, {first} and {second} (one was saved while the report&apos;s folder could not be written); both are used: {taken} label(s) come from the second only, {conflicts} sentence(s) labelled differently in both get the newer label. Open the report in the program to merge the files.</source>
        <translation>{annotator} 对 {report} 的标签保存在两个文件中：{first} 和 {second}（其中一个是在报告所在文件夹无法写入时保存的）；两者都已使用：有 {taken} 个标签只来自第二个文件，{conflicts} 个在两处标签不同的句子采用较新的标签。请在程序中打开该报告以合并这两个文件。</translation>
    </message>
    <message>
        <source>{count} annotation(s) in {file} no longer match a sentence and are left out.</source>
        <translation>{file} 中有 {count} 条标注已对应不到句子，未纳入。</translation>
    </message>
    <message>
        <source>{file} has the name of {report} but holds labels of another report ({found}); it is left out.</source>
        <translation>{file} 与 {report} 同名，但其中是另一份报告（{found}）的标注；该文件未纳入。</translation>
    </message>
    <message>
        <source>{count} document(s) matched no report: {names}</source>
        <translation>有 {count} 个文档没有对应的报告：{names}</translation>
    </message>
    <message>
        <source>{count} span(s) fell on no sentence and were left out.</source>
        <translation>有 {count} 个片段没有落在任何句子上，未纳入。</translation>
    </message>
    <message>
        <source>{count} sentence(s) got different labels; the label covering most of the sentence was kept.</source>
        <translation>有 {count} 个句子得到了不同的标签；保留覆盖该句大部分内容的标签。</translation>
    </message>
    <message>
        <source>the disk is full (or your quota is used up)</source>
        <translation>磁盘已满（或您的配额已用完）</translation>
    </message>
    <message>
        <source>you do not have permission to write in that folder</source>
        <translation>您没有写入该文件夹的权限</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the folder does not exist any more</source>
        <translation>该文件夹已不存在</translation>
    </message>
    <message>
        <source>The year of a report is not known, so the scorecard cannot check they are consecutive.</source>
        <translation>有一份报告的年份未知，因此无法核对两份报告是否为相邻年份。</translation>
    </message>
    <message>
        <source>The reports are of {old_year} and {new_year}, not consecutive years: the later report reviews {reviewed}, not the year the earlier one planned.</source>
        <translation>两份报告分别是 {old_year} 年和 {new_year} 年的，并非相邻年份：较晚的报告回顾的是 {reviewed} 年，而不是较早报告所规划的那一年。</translation>
    </message>
    <message>
        <source>The reports are of different places ({old_place}, {new_place}).</source>
        <translation>两份报告属于不同地区（{old_place}、{new_place}）。</translation>
    </message>
    <message>
        <source>The {old_year} report has no plan part, so it sets no targets here.</source>
        <translation>{old_year} 年的报告没有计划部分，因此这里没有目标。</translation>
    </message>
    <message>
        <source>The earlier report has no plan part, so it sets no targets here.</source>
        <translation>较早的报告没有计划部分，因此这里没有目标。</translation>
    </message>
    <message>
        <source>The {new_year} report has no review part, so it reports no results here.</source>
        <translation>{new_year} 年的报告没有回顾部分，因此这里没有结果。</translation>
    </message>
    <message>
        <source>The later report has no review part, so it reports no results here.</source>
        <translation>较晚的报告没有回顾部分，因此这里没有结果。</translation>
    </message>
    <message>
        <source>The {old_year} report sets no target for {target_year} alone: all its targets are for a plan period, judged only where the later report reviews that period.</source>
        <translation>{old_year}年的报告没有单独为{target_year}年设定目标，所列均为规划期目标，只有后一年的报告回顾该时期时才能对照。</translation>
    </message>
    <message>
        <source>The {new_year} report mostly reviews several years, not {reviewed} alone: a target it gives no figure of that year for shows no result.</source>
        <translation>{new_year}年的报告主要回顾过去几年，单独谈{reviewed}年的不多，未给出当年数字的目标显示为未报告。</translation>
    </message>
    <message>
        <source>no sentence was labelled by both</source>
        <translation>没有两人都标注过的句子</translation>
    </message>
    <message>
        <source>no sentence was labelled by all of them</source>
        <translation>没有所有人都标注过的句子</translation>
    </message>
    <message>
        <source>needs two or more annotators</source>
        <translation>需要两名或更多标注者</translation>
    </message>
    <message>
        <source>undefined: only one label was used ({label}), so agreement by chance is certain</source>
        <translation>无法计算：只用了一个标签（{label}），偶然一致的概率为 100%</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>These files exist already and would be replaced:</source>
        <translation>以下文件已存在，将被替换：</translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>是否替换？</translation>
    </message>
    <message>
        <source>Choose the file to write, not a folder.</source>
        <translation>请选择要写入的文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Who is annotating?</source>
        <translation>标注人是谁？</translation>
    </message>
    <message>
        <source>Your name as it should appear in the annotation files:</source>
        <translation>您在标注文件中显示的姓名：</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Reports (*.txt *.docx *.html *.htm *.pdf);;All files (*)</source>
        <translation>报告 (*.txt *.docx *.html *.htm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a folder of reports</source>
        <translation>打开报告文件夹</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>Some labels could not be saved.</source>
        <translation>部分标签未能保存。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <source>Annotation file changed</source>
        <translation>标注文件已被修改</translation>
    </message>
    <message>
        <source>Overwrite it with the labels shown here?</source>
        <translation>是否用此处显示的标签覆盖它？</translation>
    </message>
    <message>
        <source>Import labels into the open reports from</source>
        <translation>将标签导入已打开的报告，来源文件</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines 文件 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A folder of other annotators&apos; labels</source>
        <translation>其他标注者标注所在的文件夹</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开它</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;training data…</source>
        <translation>导出训练数据(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import labels…</source>
        <translation>导入标签(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Word summary…</source>
        <translation>Word 简报(&amp;W)…</translation>
    </message>
    <message>
        <source>Export training data</source>
        <translation>导出训练数据</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Collecting the labelled reports…</source>
        <translation>正在收集已标注的报告…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Nothing was exported. Your labels and annotation files are unchanged.</source>
        <translation>未导出任何内容。您的标签和标注文件均未改动。</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>%1 is left out: its annotation file could not be read.</source>
        <translation>%1 未纳入：其标注文件无法读取。</translation>
    </message>
    <message>
        <source>%1 is left out: you have not labelled it yet.</source>
        <translation>%1 未纳入：您尚未标注该报告。</translation>
    </message>
    <message>
        <source>Wrote %1 report document(s) with %2 labelled span(s) from %3 report(s).</source>
        <translation>已从 %3 份报告写出 %1 个报告文档，含 %2 个已标注片段。</translation>
    </message>
    <message>
        <source>Wrote %1 sentence(s), %2 of them labelled, from %3 report(s).</source>
        <translation>已从 %3 份报告写出 %1 个句子，其中 %2 个已标注。</translation>
    </message>
    <message>
        <source>%1: %2 report(s), %3 sentence(s)</source>
        <translation>%1：%2 份报告，%3 个句子</translation>
    </message>
    <message>
        <source>No report went to %1: there are too few reports for this split.</source>
        <translation>%1 中没有分到报告：报告数量太少，无法按此比例划分。</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Training data exported</source>
        <translation>训练数据已导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) already had the imported label.</source>
        <translation>
            <numerusform>%n 个句子已有所导入的标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n sentence(s) labelled in %1 already have these labels; nothing changed.</source>
        <translation>
            <numerusform>%1 中标注的 %n 个句子已有这些标签；没有任何改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n label(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation>导入标签</translation>
    </message>
    <message>
        <source>Open the reports the labels belong to first; labels are imported into the open reports.</source>
        <translation>请先打开这些标签所属的报告；标签会导入到已打开的报告中。</translation>
    </message>
    <message>
        <source>Reading the labels…</source>
        <translation>正在读取标签…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported. Your labels and annotation files are unchanged.</source>
        <translation>未导入任何内容。您的标签和标注文件均未改动。</translation>
    </message>
    <message>
        <source>Comparing with the labels in the window…</source>
        <translation>正在与窗口中的标签比对…</translation>
    </message>
    <message>
        <source>Import labels from %1</source>
        <translation>从 %1 导入标签</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 份报告</translation>
    </message>
    <message>
        <source>%1 sentence(s) in %2 got a new or different label from %3.</source>
        <translation>%2 中有 %1 个句子从 %3 获得了新的或不同的标签。</translation>
    </message>
    <message>
        <source>No sentence of the open reports was labelled by %1.</source>
        <translation>%1 没有标注已打开报告中的任何句子。</translation>
    </message>
    <message>
        <source>New labels added to the label set: %1</source>
        <translation>已添加到标签集的新标签：%1</translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>使用“编辑 › 撤销”可撤回整个导入。</translation>
    </message>
    <message>
        <source>Labels imported</source>
        <translation>标签已导入</translation>
    </message>
    <message>
        <source>Word summary</source>
        <translation>Word 简报</translation>
    </message>
    <message>
        <source>Open a report first; the summary is of the report shown.</source>
        <translation>请先打开一份报告；简报针对当前显示的报告生成。</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>正在撰写简报…</translation>
    </message>
    <message>
        <source>Summary cancelled; nothing was written.</source>
        <translation>简报已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>No summary was written. Your labels are unchanged.</source>
        <translation>未生成简报。您的标签未改动。</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>正在保存简报…</translation>
    </message>
    <message>
        <source>Writing %1 briefs…</source>
        <translation>正在撰写 %1 份简报…</translation>
    </message>
    <message>
        <source>Briefs cancelled; those written so far are kept.</source>
        <translation>简报已取消；已写好的简报予以保留。</translation>
    </message>
    <message>
        <source>Not every brief was written. Your labels are unchanged.</source>
        <translation>部分简报未能生成。您的标签未改动。</translation>
    </message>
    <message>
        <source>Saving the briefs…</source>
        <translation>正在保存简报…</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>简报已写入 %1</translation>
    </message>
    <message>
        <source>Summary written</source>
        <translation>简报已生成</translation>
    </message>
    <message>
        <source>The summary was written to
%1</source>
        <translation>简报已写入
%1</translation>
    </message>
    <message>
        <source>Your latest labels could not be saved, so they would be missing. Nothing was done; the labels are kept in the window and saving is retried.

%1</source>
        <translation>最新的标签未能保存，因此会缺失。未执行任何操作；标签保留在窗口中，并将重试保存。

%1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>…… 另有 %1 条。</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>请注意：</translation>
    </message>
    <message>
        <source>Something went wrong that should not have (a bug in the program): %1</source>
        <translation>发生了不应出现的错误（程序缺陷）：%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export training data</source>
        <translation>导出训练数据</translation>
    </message>
    <message numerus="yes">
        <source>The %n open report file(s), with your labels</source>
        <translation>
            <numerusform>已打开的 %n 个报告文件，含您的标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Every report in a folder, with every annotator&apos;s labels:</source>
        <translation>文件夹中的所有报告，含所有标注人的标签：</translation>
    </message>
    <message>
        <source>a folder of reports and annotation files</source>
        <translation>存放报告和标注文件的文件夹</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>JSONL — one sentence a line</source>
        <translation>JSONL — 每行一个句子</translation>
    </message>
    <message>
        <source>CSV — one sentence a row, opens in Excel</source>
        <translation>CSV — 每行一个句子，可用 Excel 打开</translation>
    </message>
    <message>
        <source>doccano — one report a line, labels as spans</source>
        <translation>doccano — 每行一份报告，标签为片段</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Include sentences without a label</source>
        <translation>包括未标注的句子</translation>
    </message>
    <message>
        <source>Split by report into train / dev / test:</source>
        <translation>按报告划分为训练集 / 验证集 / 测试集：</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose an existing folder of reports.</source>
        <translation>请选择一个已有的报告文件夹。</translation>
    </message>
    <message>
        <source>Writes %1 in %2</source>
        <translation>将在 %2 中写入 %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines 文件 (*.jsonl)</translation>
    </message>
    <message>
        <source>Export training data to</source>
        <translation>将训练数据导出到</translation>
    </message>
    <message>
        <source>Export the reports of</source>
        <translation>导出以下文件夹中的报告</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All sentences</source>
        <translation>全部句子</translation>
    </message>
    <message>
        <source>Unlabelled only</source>
        <translation>仅未标注</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>仅“%1”</translation>
    </message>
    <message>
        <source>Uncertain suggestion</source>
        <translation>建议不确定</translation>
    </message>
    <message>
        <source>Suggested, not confirmed</source>
        <translation>已采纳建议、未确认</translation>
    </message>
    <message>
        <source>Where labels were orphaned</source>
        <translation>标注失配处</translation>
    </message>
</context>
<context>
    <name>FolderOpener</name>
    <message>
        <source>Could not list the reports of a folder</source>
        <translation>无法列出文件夹中的报告</translation>
    </message>
    <message>
        <source>No reports found</source>
        <translation>未找到报告</translation>
    </message>
    <message>
        <source>No report files (%1) were found in %2 or its sub-folders.</source>
        <translation>在 %2 及其子文件夹中未找到报告文件（%1）。</translation>
    </message>
    <message>
        <source>Some reports could not be opened</source>
        <translation>部分报告无法打开</translation>
    </message>
    <message>
        <source>%1 reports listed (%2 files read from the cache, %3 parsed)</source>
        <translation>已列出 %1 份报告（%2 个文件读自缓存，%3 个已解析）</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>Label whole sentences of the report body. Headings such as 一、 or （一） get no label.</source>
        <translation>以报告正文的整句为单位标注。“一、”“（一）”等标题不标注。</translation>
    </message>
    <message>
        <source>The time a sentence speaks about decides, not its verb: a plan for this year is a target, even with 实现 or 确保; something done last year is an achievement.</source>
        <translation>看句子所说的时间，而不是看动词：今年的计划即使含有“实现”或“确保”，也是目标；上一年已做成的事是成绩。</translation>
    </message>
    <message>
        <source>Estimates of last year&apos;s results (预计增长4%左右) are achievements.</source>
        <translation>对上年结果的预计（预计增长4%左右）属于成绩。</translation>
    </message>
    <message>
        <source>Five-year outlooks (未来五年…) are targets; five-year reviews (过去五年…) are achievements.</source>
        <translation>对未来五年的展望（未来五年…）属于目标；对过去五年的回顾（过去五年…）属于成绩。</translation>
    </message>
    <message>
        <source>The general requirements for the coming year (总体要求是…) are a target.</source>
        <translation>新一年的总体要求（总体要求是…）属于目标。</translation>
    </message>
    <message>
        <source>A mixed sentence takes the label of its main clause; when both halves weigh the same, the later period (target) wins.</source>
        <translation>混合句按主句标注；前后两部分分量相当时，以较晚的时期（目标）为准。</translation>
    </message>
    <message>
        <source>Problems and shortcomings (仍处于起步阶段, 不足) are other, even inside a review.</source>
        <translation>问题和不足（仍处于起步阶段、不足）属于其他，即使出现在回顾部分也是如此。</translation>
    </message>
    <message>
        <source>Procedure, thanks, praise without content and reasons for success are other.</source>
        <translation>程序性内容、致谢、无实际内容的赞扬以及成功原因属于其他。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Hard cases</source>
        <translation>疑难情形</translation>
    </message>
    <message>
        <source>Cues for targets: 力争, 确保, 左右, 以上, 将, 要, 争取; imperative verbs such as 加快, 推进, 实施 with no past marker. Cues for achievements: 完成, 实现, 达到, 增长X%, 新增, 获批, 累计, 比上年, 了.</source>
        <translation>目标的提示词：力争、确保、左右、以上、将、要、争取；不带过去时标记的祈使性动词，如加快、推进、实施。成绩的提示词：完成、实现、达到、增长X%、新增、获批、累计、比上年、了。</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Label “%1”</source>
        <translation>标注为“%1”</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>%1 is no longer open; its labels were not imported.</source>
        <translation>%1 已不再打开；其标签未导入。</translation>
    </message>
    <message>
        <source>%1 is read-only; its labels were not imported.</source>
        <translation>%1 为只读；其标签未导入。</translation>
    </message>
    <message>
        <source>The labels of %1 could not be added (%2); its labels were not imported.</source>
        <translation>无法添加 %1 的标签（%2）；其标签未导入。</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>删去</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>较早</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>较晚</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>No indicators in this view (the earlier report may have no plan part, or the later no review part).</source>
        <translation>此视图中没有指标（较早的报告可能没有计划部分，或较晚的报告没有回顾部分）。</translation>
    </message>
    <message>
        <source>%1 indicators, %2 found in both reports. Click one to see its sentence.</source>
        <translation>共 %1 个指标，其中 %2 个在两份报告中都有。点击指标可查看其所在句子。</translation>
    </message>
    <message>
        <source>Earlier targets → later results</source>
        <translation>较早报告的目标 → 较晚报告的结果</translation>
    </message>
    <message>
        <source>Earlier targets → later targets</source>
        <translation>较早报告的目标 → 较晚报告的目标</translation>
    </message>
    <message>
        <source>Earlier results → later results</source>
        <translation>较早报告的结果 → 较晚报告的结果</translation>
    </message>
</context>
<context>
    <name>LabelEditorDialog</name>
    <message>
        <source>Edit labels</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it, a colour to choose another. A key is one character; J, K, N and 0 move between sentences or clear a label and cannot be used. Renaming a label renames it on every sentence that has it.</source>
        <translation>双击单元格可编辑，双击颜色可另选颜色。按键为单个字符；J、K、N 和 0 用于切换句子或清除标签，不能使用。重命名标签会同时修改所有带该标签的句子。</translation>
    </message>
    <message>
        <source>“%1” is used by labelled sentences and cannot be removed; rename it instead.</source>
        <translation>“%1”已被已标注的句子使用，不能删除；可以改为重命名。</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>The key “%1” moves between sentences or clears a label; choose another key for “%2”.</source>
        <translation>按键“%1”用于切换句子或清除标签；请为“%2”另选按键。</translation>
    </message>
    <message>
        <source>Labels in use cannot be removed: %1.</source>
        <translation>正在使用的标签不能删除：%1。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>achievement</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>目标 Target: something the government plans or promises for a coming period (this year, the next five years) - a number to reach, a task, a measure, a commitment, or the general requirements for the year.</source>
        <translation>目标：政府对未来一段时期（今年、今后五年）的计划或承诺——要达到的数值、任务、举措、承诺，或当年的总体要求。</translation>
    </message>
    <message>
        <source>成绩 Achievement: something done or reached in a past period (last year, the past five years), including estimated results for last year. The time the sentence speaks about decides, not the verb.</source>
        <translation>成绩：过去一段时期（上一年、过去五年）已做成或已达到的事项，包括对上年结果的预计。看句子所说的时间，而不是看动词。</translation>
    </message>
    <message>
        <source>其他 Other: neither of the two - procedure, thanks, praise or rhetoric with no concrete content, reasons for success, problems and shortcomings, background.</source>
        <translation>其他：既非目标也非成绩——程序性内容、致谢、无具体内容的赞扬或修辞、成功原因、问题和不足、背景介绍。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Takes effect when the app is restarted</source>
        <translation>重启程序后生效</translation>
    </message>
    <message>
        <source>The new language takes effect when the app is restarted.</source>
        <translation>新的语言将在重启程序后生效。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a report with File › Open (Ctrl+O) or a folder of reports with File › Open folder…, or drop report files or folders here.</source>
        <translation>用“文件 › 打开”（Ctrl+O）打开报告，或用“文件 › 打开文件夹…”打开报告文件夹，也可以把报告文件或文件夹拖到这里。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Label guidelines</source>
        <translation>标注规范</translation>
    </message>
    <message>
        <source>Report metadata</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Other annotator</source>
        <translation>其他标注者</translation>
    </message>
    <message>
        <source>The other version of the annotation file is kept as %1</source>
        <translation>标注文件的另一版本已保存为 %1</translation>
    </message>
    <message>
        <source>GWR Annotator</source>
        <translation>政府工作报告标注工具</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the meeting line</source>
        <translation>会议行</translation>
    </message>
    <message>
        <source>the speaker line</source>
        <translation>报告人行</translation>
    </message>
    <message>
        <source>the date line</source>
        <translation>日期行</translation>
    </message>
    <message>
        <source>the opening</source>
        <translation>开头称呼</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>a part heading</source>
        <translation>部分标题</translation>
    </message>
    <message>
        <source>the report&apos;s year</source>
        <translation>报告年份</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>您的更正</translation>
    </message>
    <message>
        <source>the web page&apos;s title</source>
        <translation>网页标题</translation>
    </message>
    <message>
        <source>the web page&apos;s publication date</source>
        <translation>网页发布日期</translation>
    </message>
    <message>
        <source>the report&apos;s address to the National People&apos;s Congress</source>
        <translation>报告对全国人民代表大会的称呼与表述</translation>
    </message>
    <message>
        <source>the public record of the National People&apos;s Congress (the text does not say)</source>
        <translation>全国人民代表大会会议记录（报告原文未载）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>重新显示已保存的值</translation>
    </message>
    <message>
        <source>Use found values</source>
        <translation>使用识别出的值</translation>
    </message>
    <message>
        <source>Drop every correction and go back to what was found in the text</source>
        <translation>放弃所有更正，恢复为从正文中识别出的值</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Not found in the text</source>
        <translation>正文中未找到</translation>
    </message>
    <message>
        <source>Read-only: the annotation file could not be read.</source>
        <translation>只读：标注文件无法读取。</translation>
    </message>
    <message>
        <source>Corrections are saved in the annotation file; the report file is never changed. An emptied field means the value is unknown.</source>
        <translation>更正保存在标注文件中，报告文件本身不会被修改。清空某一栏表示该值未知。</translation>
    </message>
    <message>
        <source>“%1” is not a year: write four digits, such as 2023.</source>
        <translation>“%1”不是年份：请填写四位数字，如 2023。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Year reviewed</source>
        <translation>回顾年份</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>报告人</translation>
    </message>
</context>
<context>
    <name>OtherLabelsModel</name>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>OtherLabelsPanel</name>
    <message>
        <source>Labels of:</source>
        <translation>显示其标注：</translation>
    </message>
    <message>
        <source>Only where we differ</source>
        <translation>仅显示不一致处</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Read the other annotators&apos; files again (after they changed)</source>
        <translation>重新读取其他标注者的文件（在其变化之后）</translation>
    </message>
    <message>
        <source>Reading the other annotators&apos; labels…</source>
        <translation>正在读取其他标注者的标注…</translation>
    </message>
    <message>
        <source>No other annotator has labelled this report.</source>
        <translation>尚无其他标注者标注此报告。</translation>
    </message>
</context>
<context>
    <name>PairAgreementModel</name>
    <message>
        <source>Annotators</source>
        <translation>标注者</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>句数</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen κ</translation>
    </message>
</context>
<context>
    <name>ParallelTexts</name>
    <message>
        <source>The plan for a year beside the review of that year</source>
        <translation>当年计划与对该年的回顾并排</translation>
    </message>
    <message>
        <source>Review beside review, plan beside plan</source>
        <translation>回顾对回顾，计划对计划</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>部分：</translation>
    </message>
    <message>
        <source>Set beside each other:</source>
        <translation>并排方式：</translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation>较早：%1</translation>
    </message>
    <message>
        <source>Later: %1</source>
        <translation>较晚：%1</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>No linked sentence further on.</source>
        <translation>后面没有关联的句子。</translation>
    </message>
    <message>
        <source>No linked sentence before this one.</source>
        <translation>前面没有关联的句子。</translation>
    </message>
    <message>
        <source>Choose a sentence first (click it, or J and K).</source>
        <translation>请先选择一个句子（点击它，或按 J、K）。</translation>
    </message>
</context>
<context>
    <name>ReportAgreementDialog</name>
    <message>
        <source>Agreement: %1</source>
        <translation>一致性：%1</translation>
    </message>
    <message>
        <source>Annotators: %1; %2 of %3 sentences labelled by all; %4 agreement; Fleiss&apos; κ %5</source>
        <translation>标注者：%1；%3 句中 %2 句由全部标注者标注；一致率 %4；Fleiss κ %5</translation>
    </message>
</context>
<context>
    <name>ReportListDelegate</name>
    <message>
        <source>1 report</source>
        <translation>1 份报告</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 份报告</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Place not found</source>
        <translation>未识别地区</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sentences labelled</source>
        <translation>%1：已标注 %2 / %3 句</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>源文件：%1</translation>
    </message>
    <message>
        <source>Not opened yet: it opens when you choose it.</source>
        <translation>尚未打开：选中后即打开。</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>标签文件：%1</translation>
    </message>
    <message>
        <source>(kept in your data folder: a bundled sample, or a folder that cannot be written)</source>
        <translation>（保存在您的数据文件夹中：随附的示例报告，或所在文件夹不可写入）</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
</context>
<context>
    <name>ReportMessages</name>
    <message>
        <source>Annotation file not readable</source>
        <translation>标注文件无法读取</translation>
    </message>
    <message>
        <source>The labels of %1 could not be read, so it opens read-only and the annotation file is left untouched.

%2</source>
        <translation>%1 的标签无法读取，因此以只读方式打开，标注文件保持原样。

%2</translation>
    </message>
    <message>
        <source>Labels of %1 are kept in %2</source>
        <translation>%1 的标签保存在 %2</translation>
    </message>
    <message>
        <source>The labels of %1 were kept in two files, %2 and %3 (one was saved while the report&apos;s folder could not be written). Both are merged: %4 sentence(s) took their label from %3.</source>
        <translation>%1 的标签曾保存在两个文件中：%2 和 %3（其中一个是在报告所在文件夹无法写入时保存的）。两者已合并：%4 个句子采用了 %3 中的标签。</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) of %1 were moved to sentences whose text changed.</source>
        <translation>
            <numerusform>%1 的 %n 个标签已移到文字有改动的句子上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) were labelled differently in both; the newer label is kept and the other goes to a conflict copy.</source>
        <translation>
            <numerusform>有 %n 个句子在两处的标签不同；保留较新的标签，另一个存入冲突副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open a report</source>
        <translation>无法打开报告</translation>
    </message>
    <message numerus="yes">
        <source>Could not open %n report(s)</source>
        <translation>
            <numerusform>无法打开 %n 篇报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: the annotation file could not be read and is left untouched. Labels cannot be changed until it is repaired or moved away.
%1</source>
        <translation>只读：标注文件无法读取，已保持原样。在修复或移走该文件之前，标签不能修改。
%1</translation>
    </message>
    <message>
        <source>This is a sample report shipped with the app, so its labels are kept in %1</source>
        <translation>这是程序随附的示例报告，因此其标签保存在 %1</translation>
    </message>
    <message>
        <source>The folder of this report cannot be written, so its labels are kept in %1</source>
        <translation>此报告所在的文件夹无法写入，因此其标签保存在 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) of this report no longer match a sentence (the report text changed). They are kept in the annotation file, marked as orphaned, for example: “%1”</source>
        <translation>
            <numerusform>此报告有 %n 个标签已对应不到句子（报告文字有改动）。这些标签保留在标注文件中，并标记为“孤立”，例如：“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) were labelled differently in both; the newer label is kept and the other one is in %1</source>
        <translation>
            <numerusform>有 %n 个句子在两处的标签不同；保留较新的标签，另一个保存在 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels of %1 saved by another window or program were merged in: %2 sentence(s) took their label from it.</source>
        <translation>已合并其他窗口或程序保存的 %1 的标签：%2 个句子采用了其中的标签。</translation>
    </message>
</context>
<context>
    <name>SaveProblems</name>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Labels could not be saved; they are kept here and saving is retried.
%1</source>
        <translation>标签未能保存；标签保留在此处，并将重试保存。
%1</translation>
    </message>
    <message>
        <source>Overwrite the file with the labels shown here, or Reload to take the version on disk; either way the other version is kept as a conflict copy beside it.</source>
        <translation>可用此处显示的标注覆盖文件，或重新载入以采用磁盘上的版本；无论哪种方式，另一版本都会作为冲突副本保存在旁边。</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>Not reloaded: %1</source>
        <translation>未重新载入：%1</translation>
    </message>
    <message>
        <source>Took the version on disk.</source>
        <translation>已采用磁盘上的版本。</translation>
    </message>
    <message>
        <source>The labels shown before are kept in %1</source>
        <translation>之前显示的标注保存在 %1</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>(no target)</source>
        <translation>（无目标）</translation>
    </message>
    <message>
        <source>(no result)</source>
        <translation>（无结果）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 targets of the year: %2 met, %3 not met, %4 stated in words, %5 without a result.</source>
        <translation>当年目标 %1 项：完成 %2 项，未完成 %3 项，仅文字表述 %4 项，未报告结果 %5 项。</translation>
    </message>
    <message>
        <source>%1 more are goals of a plan period or of five years.</source>
        <translation>另有规划期或五年目标 %1 项。</translation>
    </message>
    <message>
        <source>The later report says “%1”, without a result for each of them.</source>
        <translation>后一年的报告称“%1”，但未逐项给出“未报告”各项的结果。</translation>
    </message>
    <message>
        <source>Click one to see both sentences.</source>
        <translation>点击一项可查看前后两句。</translation>
    </message>
    <message>
        <source>No row is among “%1” here; the scorecard has %2 rows in all. Press Alt+S and choose “%3” to see them.</source>
        <translation>此处没有属于“%1”的行；目标完成情况共有 %2 行。按 Alt+S 并选择“%3”即可查看。</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>met</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>stated in words</source>
        <translation>仅文字表述</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>five years</source>
        <translation>五年</translation>
    </message>
    <message>
        <source>plan period</source>
        <translation>规划期</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Targets with a result</source>
        <translation>有结果的目标</translation>
    </message>
    <message>
        <source>Not met or partly met</source>
        <translation>未完成或部分完成</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stated in words</source>
        <translation>仅文字表述</translation>
    </message>
    <message>
        <source>Targets without a result</source>
        <translation>未报告结果的目标</translation>
    </message>
    <message>
        <source>Results without a target</source>
        <translation>未设目标的结果</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find in this report</source>
        <translation>在此报告中查找</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一个结果（Shift+F3）</translation>
    </message>
    <message>
        <source>Next hit (F3, Enter)</source>
        <translation>下一个结果（F3、Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1
%2 of %3 sentences labelled</source>
        <translation>%1
已标注 %2 句，共 %3 句</translation>
    </message>
</context>
<context>
    <name>SentencePanel</name>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>推荐：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>句子：</translation>
    </message>
    <message>
        <source>the adjudicator</source>
        <translation>裁定者</translation>
    </message>
    <message>
        <source>adjudicated (chosen by %1)</source>
        <translation>已裁定（由 %1 选定）</translation>
    </message>
    <message>
        <source>No sentence.</source>
        <translation>没有句子。</translation>
    </message>
    <message>
        <source>%1 sentences selected; the current one:</source>
        <translation>已选中 %1 个句子；当前句子：</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>人工标注</translation>
    </message>
    <message>
        <source>A note on this sentence</source>
        <translation>对本句的备注</translation>
    </message>
    <message>
        <source>Enter keeps the note, Esc cancels the change</source>
        <translation>回车保留备注，Esc 取消修改</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>系统推荐已确认</translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation>（第一个章节之前）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 句，共 %2 句</translation>
    </message>
    <message>
        <source>Label the selected sentences “%1”</source>
        <translation>将选中的句子标注为“%1”</translation>
    </message>
    <message>
        <source>0  clear</source>
        <translation>0  清除</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Report %1/%2</source>
        <translation>报告 %1/%2</translation>
    </message>
    <message>
        <source>Section %1/%2</source>
        <translation>章节 %1/%2</translation>
    </message>
    <message>
        <source>All saved</source>
        <translation>已全部保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save failed: changes kept, retrying</source>
        <translation>保存失败：修改已保留，正在重试</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Opening %1 (%2 of %3)…</source>
        <translation>正在打开 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Listing reports: %1 of %2 files</source>
        <translation>正在列出报告：%1 / %2 个文件</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <source>Accept the suggestion</source>
        <translation>采纳推荐标签</translation>
    </message>
    <message>
        <source>Next uncertain sentence</source>
        <translation>下一个不确定的句子</translation>
    </message>
    <message>
        <source>Show suggested labels</source>
        <translation>显示推荐标签</translation>
    </message>
    <message>
        <source>Suggestion &amp;model</source>
        <translation>推荐模型(&amp;M)</translation>
    </message>
    <message>
        <source>Confidence for accepting a section…</source>
        <translation>整节采纳的置信度…</translation>
    </message>
    <message>
        <source>Retrain now</source>
        <translation>立即重新训练</translation>
    </message>
    <message>
        <source>Train from a folder…</source>
        <translation>从文件夹训练…</translation>
    </message>
    <message>
        <source>Reset the model…</source>
        <translation>重置模型…</translation>
    </message>
    <message>
        <source>Accept the section&apos;s suggestions ≥ %1</source>
        <translation>采纳本节置信度 ≥ %1 的推荐</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>(hidden in the text)</source>
        <translation>（正文中已隐藏）</translation>
    </message>
    <message>
        <source>Suggested labels are hidden (Tagging › Show suggested labels).</source>
        <translation>推荐标签已隐藏（标注 › 显示推荐标签）。</translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions</source>
        <translation>
            <numerusform>采纳 %n 个推荐</numerusform>
        </translation>
    </message>
    <message>
        <source>before the first section</source>
        <translation>第一个章节之前</translation>
    </message>
    <message>
        <source>No suggestion in “%1” reaches the confidence %2.</source>
        <translation>“%1”中没有推荐达到置信度 %2。</translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions in “%1”</source>
        <translation>
            <numerusform>采纳“%1”中的 %n 个推荐</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted %1 suggestion(s) in “%2” (confidence ≥ %3); %4 left for you.</source>
        <translation>已采纳“%2”中的 %1 个推荐（置信度 ≥ %3）；还有 %4 个待您标注。</translation>
    </message>
    <message>
        <source>Every sentence has a label.</source>
        <translation>所有句子都已标注。</translation>
    </message>
    <message>
        <source>Every uncertain sentence was visited; starting again from the least confident.</source>
        <translation>所有不确定的句子都已看过；从置信度最低的句子重新开始。</translation>
    </message>
</context>
<context>
    <name>SuggestionDialogs</name>
    <message>
        <source>Accepting a section</source>
        <translation>整节采纳</translation>
    </message>
    <message>
        <source>Accept the suggestions of a section whose confidence is at least:</source>
        <translation>采纳本节中置信度不低于以下数值的推荐：</translation>
    </message>
    <message>
        <source>Train suggestions from the labels in a folder</source>
        <translation>用文件夹中的标签训练推荐模型</translation>
    </message>
    <message>
        <source>Reset the suggestion model</source>
        <translation>重置推荐模型</translation>
    </message>
    <message>
        <source>Forget what the suggestions learned from your labels and use the rules alone?

The model in %1 is deleted; your labels are kept, and the model learns again as you label.</source>
        <translation>是否丢弃推荐模型从您的标签中学到的内容，只使用规则？

%1 中的模型将被删除；您的标签会保留，模型会在您继续标注时重新学习。</translation>
    </message>
</context>
<context>
    <name>SuggestionLearner</name>
    <message>
        <source>Open a report first: the model is kept beside its labels.</source>
        <translation>请先打开一份报告：模型保存在其标签旁边。</translation>
    </message>
    <message>
        <source>Reading the labels in %1…</source>
        <translation>正在读取 %1 中的标签…</translation>
    </message>
    <message>
        <source>There is no suggestion model yet.</source>
        <translation>还没有推荐模型。</translation>
    </message>
    <message>
        <source>Learned from %1 label(s) in %2 file(s).</source>
        <translation>已从 %2 个文件中的 %1 个标签学习。</translation>
    </message>
    <message>
        <source>The suggestion model was reset: the rules suggest until it learns again.</source>
        <translation>推荐模型已重置：在重新学习之前由规则给出推荐。</translation>
    </message>
    <message>
        <source>Suggestions: %1</source>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <source>Suggestions: %1 failed (%2); the rules still suggest.</source>
        <translation>推荐：%1 失败（%2）；仍由规则给出推荐。</translation>
    </message>
    <message>
        <source>Suggestions: rules + model (%1 labels)</source>
        <translation>推荐：规则 + 模型（%1 个标签）</translation>
    </message>
    <message>
        <source>Suggestions: rules</source>
        <translation>推荐：规则</translation>
    </message>
    <message>
        <source>learning…</source>
        <translation>学习中…</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The model is kept in %1</source>
        <translation>模型保存在 %1</translation>
    </message>
</context>
<context>
    <name>SuggestionReasons</name>
    <message>
        <source>procedure: opening of the report</source>
        <translation>程序性内容：报告开头</translation>
    </message>
    <message>
        <source>title, meeting or speaker line</source>
        <translation>标题、会议或报告人行</translation>
    </message>
    <message>
        <source>procedure: form of address</source>
        <translation>程序性内容：称呼</translation>
    </message>
    <message>
        <source>rhetoric: short exclamation after the address</source>
        <translation>修辞：称呼后的简短感叹</translation>
    </message>
    <message>
        <source>rhetoric: short couplet</source>
        <translation>修辞：简短对句</translation>
    </message>
    <message>
        <source>background: what the year is</source>
        <translation>背景：说明这是怎样的一年</translation>
    </message>
    <message>
        <source>closing paragraph of the review</source>
        <translation>回顾部分的结尾段</translation>
    </message>
    <message>
        <source>commitment in the review</source>
        <translation>回顾部分中的承诺</translation>
    </message>
    <message>
        <source>review part</source>
        <translation>回顾部分</translation>
    </message>
    <message>
        <source>plan part</source>
        <translation>计划部分</translation>
    </message>
    <message>
        <source>five-year outlook (continued)</source>
        <translation>五年展望（续）</translation>
    </message>
    <message>
        <source>government&apos;s own conduct</source>
        <translation>政府自身建设</translation>
    </message>
    <message>
        <source>part after the review: tasks ahead</source>
        <translation>回顾之后的部分：今后任务</translation>
    </message>
    <message>
        <source>no part kind and no clear time</source>
        <translation>部分类型不明，时间也不明确</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>judgement: …是…的</source>
        <translation>判断句：…是…的</translation>
    </message>
    <message>
        <source>no part kind; more future markers than past</source>
        <translation>部分类型不明；将来时标记多于过去时</translation>
    </message>
    <message>
        <source>no part kind; more past markers than future</source>
        <translation>部分类型不明；过去时标记多于将来时</translation>
    </message>
    <message>
        <source>no part kind; the time of the sentence before</source>
        <translation>部分类型不明；沿用前一句的时间</translation>
    </message>
    <message>
        <source>no part kind; states how things are, no time marker and no measure</source>
        <translation>部分类型不明；陈述现状，无时间标记，无举措</translation>
    </message>
    <message>
        <source>part titled by the planned year; states how things are</source>
        <translation>标题为计划年份的部分；陈述现状</translation>
    </message>
    <message>
        <source>problem: a part of them doing wrong</source>
        <translation>问题：部分单位做法不当</translation>
    </message>
    <message>
        <source>title line run into the text</source>
        <translation>混入正文的标题行</translation>
    </message>
    <message>
        <source>comment on the plan: title line run into the text</source>
        <translation>对计划的评说：混入正文的标题行</translation>
    </message>
    <message>
        <source>forecast, not a task</source>
        <translation>预测，而非任务</translation>
    </message>
    <message>
        <source>rhetoric: our confidence</source>
        <translation>修辞：表示对实现目标的信心</translation>
    </message>
    <message>
        <source>states how things are: a definition or standing fact</source>
        <translation>陈述现状：定义或既定事实</translation>
    </message>
    <message>
        <source>part after the review; told as done</source>
        <translation>回顾之后的部分；所述已完成</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>程序性内容</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>致谢</translation>
    </message>
    <message>
        <source>lead-in line</source>
        <translation>引导语</translation>
    </message>
    <message>
        <source>five-year outlook</source>
        <translation>五年展望</translation>
    </message>
    <message>
        <source>general requirement</source>
        <translation>总体要求</translation>
    </message>
    <message>
        <source>rhetoric</source>
        <translation>修辞</translation>
    </message>
    <message>
        <source>praise / cause of success</source>
        <translation>赞扬 / 成功原因</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>problem cue</source>
        <translation>问题提示词</translation>
    </message>
    <message>
        <source>five-year review</source>
        <translation>五年回顾</translation>
    </message>
    <message>
        <source>estimate in review</source>
        <translation>回顾中的预计</translation>
    </message>
    <message>
        <source>plan target cue</source>
        <translation>计划目标提示词</translation>
    </message>
    <message>
        <source>government&apos;s own conduct, commitment</source>
        <translation>政府自身建设、承诺</translation>
    </message>
    <message>
        <source>part after the review; past period</source>
        <translation>回顾之后的部分；过去时期</translation>
    </message>
    <message>
        <source>no part kind; future marker</source>
        <translation>部分类型不明；将来时标记</translation>
    </message>
    <message>
        <source>no part kind; past marker</source>
        <translation>部分类型不明；过去时标记</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>论证</translation>
    </message>
    <message>
        <source>caveat or shortfall</source>
        <translation>保留或不足</translation>
    </message>
    <message>
        <source>done already</source>
        <translation>已经完成</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>government&apos;s own conduct in the past year</source>
        <translation>政府自身建设（上一年）</translation>
    </message>
    <message>
        <source>order for a kind of case</source>
        <translation>对某类情况的要求</translation>
    </message>
    <message>
        <source>past in a plan part</source>
        <translation>计划部分中的过去事项</translation>
    </message>
    <message>
        <source>progress this year</source>
        <translation>本年进展</translation>
    </message>
    <message>
        <source>statement of principle</source>
        <translation>原则性表述</translation>
    </message>
    <message>
        <source>no part kind; the main task stated</source>
        <translation>部分类型不明；陈述主要任务</translation>
    </message>
    <message>
        <source>comment on the plan (procedure)</source>
        <translation>对计划的评说（程序性内容）</translation>
    </message>
    <message>
        <source>comment on the plan (argument)</source>
        <translation>对计划的评说（论证）</translation>
    </message>
    <message>
        <source>comment on the plan (explanation)</source>
        <translation>对计划的评说（解释说明）</translation>
    </message>
    <message>
        <source>comment on the plan (principle)</source>
        <translation>对计划的评说（原则性表述）</translation>
    </message>
    <message>
        <source>comment on the plan (background)</source>
        <translation>对计划的评说（背景）</translation>
    </message>
    <message>
        <source>the speaker&apos;s topic told</source>
        <translation>程序性内容：转述讲话所谈的题目</translation>
    </message>
    <message>
        <source>relations with other states told as they went</source>
        <translation>对外关系的进展（已发生）</translation>
    </message>
    <message>
        <source>standing won</source>
        <translation>赢得的赞誉或重视（已发生）</translation>
    </message>
    <message>
        <source>principle for the future</source>
        <translation>面向今后的原则和要求</translation>
    </message>
    <message>
        <source>model (rules said %1: %2)</source>
        <translation>模型（规则判为“%1”：%2）</translation>
    </message>
    <message>
        <source>model (no confirmed labels where the rules said %1)</source>
        <translation>模型（规则判为“%1”之处尚无确认的标签）</translation>
    </message>
    <message>
        <source>names a year before %1</source>
        <translation>提到 %1 年以前的年份</translation>
    </message>
    <message>
        <source>names the planned year %1</source>
        <translation>提到计划年份 %1 年</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Word summary</source>
        <translation>Word 简报</translation>
    </message>
    <message>
        <source>This report: %1</source>
        <translation>本报告：%1</translation>
    </message>
    <message>
        <source>Every open report, one brief each, paired with the year before:</source>
        <translation>每份已打开的报告各写一份简报，并与上一年的报告配对：</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Into the folder:</source>
        <translation>保存到文件夹：</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>A brief of at most four pages. Compared with the report of the year before, it judges that year&apos;s targets by this year&apos;s results and lists the policy topics that are new or dropped.</source>
        <translation>简报最多四页。与上一年的报告对比时，会用今年的结果评价上一年的目标，并列出新增或不再提及的政策议题。</translation>
    </message>
    <message>
        <source>Append the complete indicator tables</source>
        <translation>附上完整的指标表</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <source>Write the summary</source>
        <translation>生成简报</translation>
    </message>
    <message>
        <source>%1 is the later report: the brief is of %1, and judges the targets of %2 by its results.</source>
        <translation>%1 是较晚的报告：简报将以%1为主，用它的结果评判%2的目标。</translation>
    </message>
    <message>
        <source>Name the folder the briefs go into.</source>
        <translation>请指定存放简报的文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Write the briefs into</source>
        <translation>将简报写入</translation>
    </message>
    <message>
        <source>Write the Word summary to</source>
        <translation>将 Word 简报写入</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>Tagging</name>
    <message>
        <source>Next sentence</source>
        <translation>下一句</translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation>上一句</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>扩展选择</translation>
    </message>
    <message>
        <source>Next unlabelled sentence</source>
        <translation>下一个未标注的句子</translation>
    </message>
    <message>
        <source>Previous unlabelled sentence</source>
        <translation>上一个未标注的句子</translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation>清除标签</translation>
    </message>
    <message>
        <source>Accept the suggested label and move on</source>
        <translation>采纳推荐标签并跳到下一句</translation>
    </message>
    <message>
        <source>Accept the confident suggestions of the section</source>
        <translation>采纳本节中置信度高的推荐</translation>
    </message>
    <message>
        <source>Next uncertain: the least confident suggestion</source>
        <translation>下一个不确定的推荐（置信度最低）</translation>
    </message>
    <message>
        <source>First / last sentence</source>
        <translation>第一句 / 最后一句</translation>
    </message>
    <message>
        <source>Collapse the selection, close the search</source>
        <translation>取消多选，关闭查找</translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <source>No sentence of this report passes the filter.</source>
        <translation>本报告没有符合筛选条件的句子。</translation>
    </message>
    <message>
        <source>No unlabelled sentence further on.</source>
        <translation>后面没有未标注的句子了。</translation>
    </message>
    <message>
        <source>No unlabelled sentence before this one.</source>
        <translation>前面没有未标注的句子了。</translation>
    </message>
    <message>
        <source>This report is read-only: its annotation file could not be read. Labels cannot be changed.</source>
        <translation>此报告为只读：其标注文件无法读取，标签不能修改。</translation>
    </message>
    <message>
        <source>Correct the report&apos;s metadata</source>
        <translation>更正报告信息</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>标注为“%1”</translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation>清除标签</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n sentence(s)</source>
        <translation>
            <numerusform>复制 %n 个句子</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>&amp;Adjudicate…</source>
        <translation>裁定(&amp;A)…</translation>
    </message>
    <message>
        <source>Team &amp;status…</source>
        <translation>团队进度(&amp;S)…</translation>
    </message>
    <message>
        <source>A&amp;greement of this report…</source>
        <translation>本报告的一致性(&amp;G)…</translation>
    </message>
    <message>
        <source>Add a &amp;folder of others&apos; labels…</source>
        <translation>添加他人标注所在文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Forget the added folders</source>
        <translation>忘记已添加的文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Other annotators&apos; labels are also looked for in %1</source>
        <translation>也将在 %1 中查找其他标注者的标注</translation>
    </message>
    <message>
        <source>Only the reports&apos; own folders are searched for labels now.</source>
        <translation>现在只在报告所在文件夹中查找标注。</translation>
    </message>
    <message>
        <source>Open the reports first.</source>
        <translation>请先打开报告。</translation>
    </message>
    <message>
        <source>Reading every annotator&apos;s labels…</source>
        <translation>正在读取各标注者的标注…</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Team status</source>
        <translation>团队进度</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Open a report first.</source>
        <translation>请先打开一份报告。</translation>
    </message>
</context>
<context>
    <name>TeamStatusDialog</name>
    <message>
        <source>Team status</source>
        <translation>团队进度</translation>
    </message>
</context>
<context>
    <name>TeamStatusModel</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注者</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>Last change (UTC)</source>
        <translation>最后修改（UTC）</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss κ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 句中 %1</translation>
    </message>
    <message>
        <source> (adjudicated)</source>
        <translation>（已裁定）</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>clear a label</source>
        <translation>清除标签</translation>
    </message>
    <message numerus="yes">
        <source>clear %n labels</source>
        <translation>
            <numerusform>清除 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>accept the suggestion “%1”</source>
        <translation>采纳推荐标签“%1”</translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions “%1”</source>
        <translation>
            <numerusform>采纳 %n 个推荐标签“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>label “%1”</source>
        <translation>标注为“%1”</translation>
    </message>
    <message numerus="yes">
        <source>label %n sentences “%1”</source>
        <translation>
            <numerusform>将 %n 个句子标注为“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Correct the %1</source>
        <translation>更正%1</translation>
    </message>
    <message>
        <source>Edit the label set</source>
        <translation>编辑标签集</translation>
    </message>
    <message numerus="yes">
        <source>import %n label(s)</source>
        <translation>
            <numerusform>导入 %n 个标签</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;sample reports</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>立即保存(&amp;S)</translation>
    </message>
    <message>
        <source>Set the &amp;annotator name…</source>
        <translation>设置标注人姓名(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy the selected sentences</source>
        <translation>复制选中的句子(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Edit the &amp;labels…</source>
        <translation>编辑标签(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;noise (web lines, footnote marks)</source>
        <translation>显示干扰内容（网页行、脚注标记）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>默认文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;xt report</source>
        <translation>下一篇报告(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious report</source>
        <translation>上一篇报告(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tagging</source>
        <translation>标注(&amp;T)</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>下一句</translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation>上一句</translation>
    </message>
    <message>
        <source>Next unlabelled sentence</source>
        <translation>下一个未标注的句子</translation>
    </message>
    <message>
        <source>&amp;Move on after labelling</source>
        <translation>标注后跳到下一句(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>团队(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Label &amp;guidelines</source>
        <translation>标注规范(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source> Show: </source>
        <translation> 显示：</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>标注为“%1”</translation>
    </message>
    <message>
        <source>Clear the label</source>
        <translation>清除标签</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>From the next start, labels are saved under the name “%1”; this session keeps “%2”.</source>
        <translation>下次启动起，标签将以“%1”的名义保存；本次会话仍使用“%2”。</translation>
    </message>
</context>
</TS>
