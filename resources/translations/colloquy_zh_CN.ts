<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Colloquy::Actions</name>
    <message>
        <source>Inter-coder &amp;Agreement…</source>
        <translation>编码者间一致性(&amp;A)…</translation>
    </message>
    <message>
        <source>How consistently coders applied the themes: percent agreement and kappa</source>
        <translation>编码者应用主题的一致程度：百分比一致性和 kappa</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <source>Show the turns in reading order, each headed by its speaker</source>
        <translation>按阅读顺序显示每段发言，并以发言人作标题</translation>
    </message>
    <message>
        <source>Compare &amp;Voices…</source>
        <translation>比较声音(&amp;V)…</translation>
    </message>
    <message>
        <source>Themes × speakers: who says what about each theme, and an overview of the speakers</source>
        <translation>主题 × 发言人：谁就每个主题说了什么，以及发言人概览</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Import article files into the library</source>
        <translation>将文章文件导入文库</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>粘贴为新文章(&amp;P)</translation>
    </message>
    <message>
        <source>Import the text on the clipboard as a new article</source>
        <translation>将剪贴板中的文本导入为新文章</translation>
    </message>
    <message>
        <source>Annotated &amp;PDF…</source>
        <translation>带标注的 &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the article with its highlights, notes and themes as an annotated PDF</source>
        <translation>将文章连同高亮、笔记和主题导出为带标注的 PDF</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export the article with its highlights, notes and themes as Markdown</source>
        <translation>将文章连同高亮、笔记和主题导出为 Markdown</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>Export the article with its highlights, notes and themes as one web page</source>
        <translation>将文章连同高亮、笔记和主题导出为单个网页</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Export the article&apos;s highlights as a spreadsheet, one row each</source>
        <translation>将文章的高亮导出为电子表格，每条一行</translation>
    </message>
    <message>
        <source>&amp;Web Annotations (JSON-LD)…</source>
        <translation>&amp;Web 标注 (JSON-LD)…</translation>
    </message>
    <message>
        <source>Export the article&apos;s highlights as W3C Web Annotations other tools can read</source>
        <translation>将文章的高亮导出为其他工具可读取的 W3C Web 标注</translation>
    </message>
    <message>
        <source>&amp;All Claims…</source>
        <translation>全部论点(&amp;A)…</translation>
    </message>
    <message>
        <source>Export every claim of the library, grouped by theme, as Markdown or CSV</source>
        <translation>将文库中的全部论点按主题分组导出为 Markdown 或 CSV</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <translation>&amp;REFI-QDA 项目…</translation>
    </message>
    <message>
        <source>Export the library with its themes and claims for other qualitative analysis tools</source>
        <translation>将文库连同主题和论点导出，供其他质性分析工具使用</translation>
    </message>
    <message>
        <source>Import &amp;REFI-QDA Project…</source>
        <translation>导入 REFI-QDA 项目(&amp;R)…</translation>
    </message>
    <message>
        <source>Import texts, codes and codings from another qualitative analysis tool</source>
        <translation>从其他质性分析工具导入文本、编码和编码标记</translation>
    </message>
    <message>
        <source>Re-&amp;import Edited Version…</source>
        <translation>重新导入修改后的版本(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace this article&apos;s text with an edited file, keeping its highlights</source>
        <translation>用修改后的文件替换本文章的文本，并保留其高亮</translation>
    </message>
    <message>
        <source>Import &amp;Web Annotations…</source>
        <translation>导入 Web 标注(&amp;W)…</translation>
    </message>
    <message>
        <source>Add the highlights of a W3C Web Annotation (JSON-LD) file to this article</source>
        <translation>将 W3C Web 标注 (JSON-LD) 文件中的高亮添加到本文章</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>并排(&amp;S)</translation>
    </message>
    <message>
        <source>Show the speakers in columns</source>
        <translation>按列显示各位发言人</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>上下排列(&amp;T)</translation>
    </message>
    <message>
        <source>Show the speakers one above the other</source>
        <translation>上下依次显示各位发言人</translation>
    </message>
    <message>
        <source>&amp;One Speaker at a Time</source>
        <translation>逐一显示(&amp;O)</translation>
    </message>
    <message>
        <source>Show one speaker, chosen from a list</source>
        <translation>从列表中选择，一次显示一位发言人</translation>
    </message>
    <message>
        <source>&amp;Next Speaker</source>
        <translation>下一位发言人(&amp;N)</translation>
    </message>
    <message>
        <source>Move to the next speaker</source>
        <translation>转到下一位发言人</translation>
    </message>
    <message>
        <source>&amp;Previous Speaker</source>
        <translation>上一位发言人(&amp;P)</translation>
    </message>
    <message>
        <source>Move to the previous speaker</source>
        <translation>转到上一位发言人</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Make the reading text larger</source>
        <translation>放大阅读文字</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <source>Make the reading text smaller</source>
        <translation>缩小阅读文字</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>重置缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>Show the reading text at its normal size</source>
        <translation>以正常大小显示阅读文字</translation>
    </message>
    <message>
        <source>&amp;Filter Library</source>
        <translation>筛选文库(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the library by title or speaker</source>
        <translation>按标题或发言人筛选文库</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <source>Search the text and notes of every article</source>
        <translation>搜索所有文章的正文和笔记</translation>
    </message>
    <message>
        <source>Search in &amp;Article…</source>
        <translation>在文章中搜索(&amp;A)…</translation>
    </message>
    <message>
        <source>Search the text and notes of the article shown</source>
        <translation>搜索当前文章的正文和笔记</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>显示文库(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the list of articles</source>
        <translation>显示或隐藏文章列表</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected text in the current colour</source>
        <translation>用当前颜色高亮所选文本</translation>
    </message>
    <message>
        <source>Remo&amp;ve Highlight</source>
        <translation>删除高亮(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the highlight under the cursor</source>
        <translation>删除光标处的高亮</translation>
    </message>
    <message>
        <source>&amp;Tag with Theme…</source>
        <translation>添加主题标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag the selection or the highlight under the cursor with themes</source>
        <translation>为所选内容或光标处的高亮添加主题标签</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the selection or the highlight under the cursor</source>
        <translation>为所选内容或光标处的高亮写笔记</translation>
    </message>
    <message>
        <source>Show &amp;Annotations</source>
        <translation>显示标注(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide the list of this article&apos;s highlights</source>
        <translation>显示或隐藏本文章的高亮列表</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>编码本(&amp;C)…</translation>
    </message>
    <message>
        <source>Create, rename, recolour, move, merge and delete themes</source>
        <translation>新建、重命名、改色、移动、合并和删除主题</translation>
    </message>
    <message>
        <source>&amp;Review Segmentation…</source>
        <translation>检查分段(&amp;R)…</translation>
    </message>
    <message>
        <source>Check and correct the speakers and boundaries found in this article</source>
        <translation>检查并更正本文章中识别出的发言人和分段边界</translation>
    </message>
    <message>
        <source>Spea&amp;kers Across Articles…</source>
        <translation>跨文章的发言人(&amp;K)…</translation>
    </message>
    <message>
        <source>One profile per person across the library: rename, merge and split them</source>
        <translation>整个文库中每人一份档案：可重命名、合并和拆分</translation>
    </message>
    <message>
        <source>Highlight in %1 from now on</source>
        <translation>此后用%1高亮</translation>
    </message>
    <message>
        <source>&amp;Configure Colloquy…</source>
        <translation>配置 Colloquy(&amp;C)…</translation>
    </message>
    <message>
        <source>Your name, the reading font, colours, language, layouts and library</source>
        <translation>您的姓名、阅读字体、颜色、语言、布局和文库</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>See every action&apos;s shortcut and change it</source>
        <translation>查看并更改每个操作的快捷键</translation>
    </message>
    <message>
        <source>&amp;About Colloquy</source>
        <translation>关于 Colloquy(&amp;A)</translation>
    </message>
    <message>
        <source>Export as Annotated PDF</source>
        <translation>导出为带标注的 PDF</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>导出为 Markdown</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>导出为 HTML</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Export as Web Annotations</source>
        <translation>导出为 Web 标注</translation>
    </message>
    <message>
        <source>Export All Claims</source>
        <translation>导出全部论点</translation>
    </message>
    <message>
        <source>Export as REFI-QDA Project</source>
        <translation>导出为 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>文章详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit this article&apos;s title, source, web address and publication date</source>
        <translation>编辑这篇文章的标题、来源、网址和发表日期</translation>
    </message>
    <message>
        <source>De&amp;lete Article…</source>
        <translation>删除文章(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete this article and its highlights from the library (Undo brings it back)</source>
        <translation>从文库中删除这篇文章及其高亮（撤销可恢复）</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>Make a backup of the library now, beside the library file</source>
        <translation>立即在文库文件旁备份文库</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>List the library&apos;s backups and restore one</source>
        <translation>列出文库的备份并恢复其中一个</translation>
    </message>
    <message>
        <source>Segmentation &amp;Rules…</source>
        <translation>分段规则(&amp;R)…</translation>
    </message>
    <message>
        <source>The corrections remembered for later imports: see and remove them</source>
        <translation>查看和删除为以后导入而记住的更正</translation>
    </message>
</context>
<context>
    <name>Colloquy::AgreementDialog</name>
    <message>
        <source>Inter-coder Agreement</source>
        <translation>编码者间一致性</translation>
    </message>
    <message>
        <source>Current article</source>
        <translation>当前文章</translation>
    </message>
    <message>
        <source>All articles the coders highlighted</source>
        <translation>编码者标注过的所有文章</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Overlapping passages</source>
        <translation>重叠段落</translation>
    </message>
    <message>
        <source>The share of a passage a coder must cover to count as coding it</source>
        <translation>编码者须覆盖某段落的比例，才算对其进行了编码</translation>
    </message>
    <message>
        <source>&amp;Coders:</source>
        <translation>编码者(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>文章(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Minimum &amp;overlap:</source>
        <translation>最小重叠(&amp;O)：</translation>
    </message>
    <message>
        <source>Agreement needs two coders: this library has highlights by %1.</source>
        <translation>一致性需要两位编码者：此文库中的高亮来自%1。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>one author only</source>
        <translation>仅一位作者</translation>
    </message>
    <message>
        <source>Tick at least two coders to compare.</source>
        <translation>请至少勾选两位编码者进行比较。</translation>
    </message>
    <message>
        <source>No article is open: choose all articles, or open one.</source>
        <translation>没有打开的文章：请选择全部文章，或打开一篇。</translation>
    </message>
    <message>
        <source>%1 on %2 of %3; %4.</source>
        <translation>%1，基于%3中的%2；%4。</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 个单位</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 个单位</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <source>1 disagreeing passage</source>
        <translation>1 处分歧段落</translation>
    </message>
    <message>
        <source>%1 disagreeing passages</source>
        <translation>%1 处分歧段落</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Coded by %1</source>
        <translation>由 %1 编码</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Disagreeing passage</source>
        <translation>分歧段落</translation>
    </message>
    <message>
        <source>%1&apos;s themes</source>
        <translation>%1 的主题</translation>
    </message>
</context>
<context>
    <name>Colloquy::AnnotationDelegate</name>
    <message>
        <source>orphaned</source>
        <translation>已失位</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
</context>
<context>
    <name>Colloquy::AnnotationModel</name>
    <message>
        <source>Orphaned: text not found</source>
        <translation>已失位：找不到原文</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>叙述</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主题：%1</translation>
    </message>
</context>
<context>
    <name>Colloquy::AnnotationSidebar</name>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Re-attach &amp;Here</source>
        <translation>重新附着到此处(&amp;H)</translation>
    </message>
    <message>
        <source>Filter the highlights</source>
        <translation>筛选高亮</translation>
    </message>
    <message>
        <source>Filter quotes, notes and themes</source>
        <translation>筛选引文、笔记和主题</translation>
    </message>
    <message>
        <source>Show one speaker&apos;s highlights</source>
        <translation>显示某位发言人的高亮</translation>
    </message>
    <message>
        <source>Show the claims of one theme and its sub-themes</source>
        <translation>显示某个主题及其子主题下的论点</translation>
    </message>
    <message>
        <source>Show the highlights of one colour</source>
        <translation>显示某种颜色的高亮</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>Highlights of this article</source>
        <translation>本文章的高亮</translation>
    </message>
    <message>
        <source>Attach the orphaned highlight to the text selected in a speech</source>
        <translation>将失位的高亮附着到发言中所选的文本</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言人</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>1 highlight</source>
        <translation>1 条高亮</translation>
    </message>
    <message>
        <source>%1 highlights</source>
        <translation>%1 条高亮</translation>
    </message>
    <message>
        <source>%1 of %2 highlights</source>
        <translation>%2 条高亮中的 %1 条</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Colloquy::ArticleDetailsDialog</name>
    <message>
        <source>&amp;Known:</source>
        <translation>已知(&amp;K)：</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>文章详情</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The newspaper, site or programme</source>
        <translation>报纸、网站或节目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>网址(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>发表于(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Colloquy::ArticleView</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <source>Choose an article in the library, open a file with File → Open…, or drop text files here.</source>
        <translation>请在文库中选择一篇文章，用“文件 → 打开…”打开文件，或将文本文件拖到这里。</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>Captions and details</source>
        <translation>图片说明和详情</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>叙述</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>Speaker panes</source>
        <translation>发言人窗格</translation>
    </message>
    <message>
        <source>Speaker shown</source>
        <translation>显示的发言人</translation>
    </message>
</context>
<context>
    <name>Colloquy::AttributePanel</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attributes of the selected person</source>
        <translation>所选人物的属性</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Suggested by the bios</source>
        <translation>简介中的建议</translation>
    </message>
    <message>
        <source>The bios suggest nothing new.</source>
        <translation>简介中没有新的建议。</translation>
    </message>
    <message>
        <source>&amp;Accept Ticked</source>
        <translation>接受勾选项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add Attribute…</source>
        <translation>添加属性(&amp;A)…</translation>
    </message>
    <message>
        <source>Clear &amp;Value</source>
        <translation>清除值(&amp;V)</translation>
    </message>
    <message>
        <source>Attributes (choose a person)</source>
        <translation>属性（请选择一个人物）</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>已清除 %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>已将 %1 设为 %2</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>添加属性</translation>
    </message>
    <message>
        <source>Name of the attribute (for example country or role):</source>
        <translation>属性名称（例如国家或角色）：</translation>
    </message>
    <message>
        <source>Kind of value of %1:</source>
        <translation>%1 的值类型：</translation>
    </message>
    <message>
        <source>Added the attribute %1</source>
        <translation>已添加属性 %1</translation>
    </message>
    <message>
        <source>From the bio: %1</source>
        <translation>来自简介：%1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>已接受 %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::BackupController</name>
    <message>
        <source>Backing up the library…</source>
        <translation>正在备份文库…</translation>
    </message>
    <message>
        <source>Backed up the library to %1</source>
        <translation>已将文库备份到 %1</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>The library was not backed up: %1</source>
        <translation>文库未能备份：%1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>已恢复备份。</translation>
    </message>
    <message>
        <source>Restored the backup; the library it replaced is kept as %1</source>
        <translation>已恢复备份；被替换的文库保存为 %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::BackupsDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Replace the library with this backup; the library it replaces is kept beside it</source>
        <translation>用此备份替换文库；被替换的文库保存在其旁边</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>There are no backups of this library yet. They are kept in %1.</source>
        <translation>此文库尚无备份。备份保存在 %1。</translation>
    </message>
    <message>
        <source>Backups kept in %1, newest first. Restoring one keeps the library it replaces beside it, so a restore can be undone by restoring that file.</source>
        <translation>备份保存在 %1，最新的在前。恢复时被替换的文库会保存在旁边，恢复该文件即可撤销此次恢复。</translation>
    </message>
</context>
<context>
    <name>Colloquy::CodebookDialog</name>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>移动到(&amp;M)</translation>
    </message>
    <message>
        <source>Mer&amp;ge Into</source>
        <translation>合并到(&amp;G)</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>论点</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>What this theme covers</source>
        <translation>这个主题涵盖的内容</translation>
    </message>
    <message>
        <source>C&amp;laims:</source>
        <translation>论点(&amp;L)：</translation>
    </message>
    <message>
        <source>Claims of the current theme</source>
        <translation>当前主题的论点</translation>
    </message>
    <message>
        <source>&amp;New Theme</source>
        <translation>新建主题(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;Sub-theme</source>
        <translation>新建子主题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Recoloured the theme</source>
        <translation>已更改主题颜色</translation>
    </message>
    <message>
        <source>Saved the description</source>
        <translation>已保存说明</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>叙述</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>新主题</translation>
    </message>
    <message>
        <source>New theme %1</source>
        <translation>新主题 %1</translation>
    </message>
    <message>
        <source>Created a theme: type its name</source>
        <translation>已新建主题：请输入名称</translation>
    </message>
    <message>
        <source>Delete Theme</source>
        <translation>删除主题</translation>
    </message>
    <message>
        <source>Delete the theme “%1”? 1 claim is tagged with it and will lose the tag.</source>
        <translation>删除主题“%1”吗？有 1 条论点带有此主题，将失去该标签。</translation>
    </message>
    <message>
        <source>Delete the theme “%1”? %2 claims are tagged with it and will lose the tag.</source>
        <translation>删除主题“%1”吗？有 %2 条论点带有此主题，将失去该标签。</translation>
    </message>
    <message>
        <source>Its sub-themes move up one level. Undo (Ctrl+Z) brings everything back.</source>
        <translation>其子主题将上移一级。撤销 (Ctrl+Z) 可恢复全部内容。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted the theme</source>
        <translation>已删除主题</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>Moved the theme</source>
        <translation>已移动主题</translation>
    </message>
    <message>
        <source>Merged the themes</source>
        <translation>已合并主题</translation>
    </message>
    <message>
        <source>Renamed the theme</source>
        <translation>已重命名主题</translation>
    </message>
</context>
<context>
    <name>Colloquy::CodingStrip</name>
    <message>
        <source>Coding strip</source>
        <translation>编码条</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) along the text</source>
        <translation>
            <numerusform>文中共 %n 个论点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>论点</translation>
    </message>
</context>
<context>
    <name>Colloquy::CompareDialog</name>
    <message>
        <source>Side &amp;by Side</source>
        <translation>并排(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>筛选值</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>%1 is</source>
        <translation>%1 为</translation>
    </message>
    <message>
        <source>Compare Voices</source>
        <translation>比较声音</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文章</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>论点</translation>
    </message>
    <message>
        <source>Share of the voice&apos;s claims</source>
        <translation>占该声音论点的比例</translation>
    </message>
    <message>
        <source>Claims per 1,000 words</source>
        <translation>每千字论点数</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>比较(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>列(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>发言人(&amp;P)</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>导出 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <translation>导出图片(&amp;P)…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>论点</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Enter or double-click opens the article at the claim</source>
        <translation>按回车或双击可在该论点处打开文章</translation>
    </message>
    <message>
        <source>Export Matrix as CSV</source>
        <translation>将矩阵导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Matrix as Picture</source>
        <translation>将矩阵导出为图片</translation>
    </message>
    <message>
        <source>Export P&amp;icture…</source>
        <translation>导出图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Export Chart as Picture</source>
        <translation>将图表导出为图片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>First turn</source>
        <translation>首次发言</translation>
    </message>
    <message>
        <source>Last turn</source>
        <translation>最后发言</translation>
    </message>
    <message>
        <source>Bars: share of the words, and claims</source>
        <translation>条形：字数占比与论点</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>People across articles</source>
        <translation>跨文章的人物</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message numerus="yes">
        <source>%n voice(s), %1 claims</source>
        <translation>
            <numerusform>%n 个声音，%1 个论点</numerusform>
        </translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) on %1</source>
        <translation>
            <numerusform>关于 %1 的 %n 个论点</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported the matrix to %1</source>
        <translation>已将矩阵导出到 %1</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>已将图表导出到 %1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>Colloquy::CompareView</name>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
</context>
<context>
    <name>Colloquy::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Speakers shown</source>
        <translation>显示的发言人</translation>
    </message>
    <message>
        <source>Choose the speakers to follow; the others are dimmed or hidden</source>
        <translation>选择要关注的发言人；其他人将变暗或隐藏</translation>
    </message>
    <message>
        <source>Other speakers</source>
        <translation>其他发言人</translation>
    </message>
    <message>
        <source>Dim the others</source>
        <translation>其他人变暗</translation>
    </message>
    <message>
        <source>Hide the others</source>
        <translation>隐藏其他人</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>Show the chosen speakers&apos; answers side by side, row by row with the questions</source>
        <translation>并排显示所选发言人的回答，与问题逐行对应</translation>
    </message>
    <message>
        <source>&amp;All Speakers</source>
        <translation>全部发言人(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (1 turn)</source>
        <translation>%1（1 次发言）</translation>
    </message>
    <message>
        <source>%1 (%2 turns)</source>
        <translation>%1（%2 次发言）</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>全部发言人</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>%1 位发言人</translation>
    </message>
</context>
<context>
    <name>Colloquy::EditorNoteBand</name>
    <message>
        <source>Editor&apos;s note</source>
        <translation>编者按</translation>
    </message>
    <message>
        <source>Editor&apos;s note text</source>
        <translation>编者按正文</translation>
    </message>
    <message>
        <source>Editor&apos;s Note</source>
        <translation>编者按</translation>
    </message>
    <message>
        <source>Fold the editor&apos;s note</source>
        <translation>折叠编者按</translation>
    </message>
    <message>
        <source>Unfold the editor&apos;s note</source>
        <translation>展开编者按</translation>
    </message>
</context>
<context>
    <name>Colloquy::HighlightController</name>
    <message>
        <source>Highlighting in %1</source>
        <translation>用%1高亮</translation>
    </message>
    <message>
        <source>Select some text in a speech to highlight it</source>
        <translation>请在发言中选择文本以高亮</translation>
    </message>
    <message>
        <source>This highlight lost its place in the text: select where it belongs and choose Re-attach Here</source>
        <translation>此高亮已失去在文中的位置：请选中它应在的位置，然后选择“重新附着到此处”</translation>
    </message>
    <message>
        <source>Select the text to re-attach the highlight to, then choose Re-attach Here</source>
        <translation>请选中要附着高亮的文本，然后选择“重新附着到此处”</translation>
    </message>
    <message>
        <source>A highlight stays within one turn: select text of a single turn</source>
        <translation>高亮只能位于一次发言之内：请只选择一次发言中的文本</translation>
    </message>
    <message>
        <source>Cannot re-attach the highlight: %1</source>
        <translation>无法重新附着高亮：%1</translation>
    </message>
    <message>
        <source>Re-attached the highlight</source>
        <translation>已重新附着高亮</translation>
    </message>
    <message>
        <source>Select some text or put the cursor on a highlight</source>
        <translation>请选择文本，或将光标放在高亮上</translation>
    </message>
    <message>
        <source>There is no highlight at the cursor</source>
        <translation>光标处没有高亮</translation>
    </message>
    <message>
        <source>Cannot remove the highlight: %1</source>
        <translation>无法删除高亮：%1</translation>
    </message>
    <message>
        <source>Removed the highlight</source>
        <translation>已删除高亮</translation>
    </message>
    <message>
        <source>Select some words to highlight</source>
        <translation>请选择要高亮的文字</translation>
    </message>
    <message>
        <source>Cannot highlight: %1</source>
        <translation>无法高亮：%1</translation>
    </message>
    <message>
        <source>Highlighted in %1</source>
        <translation>已用%1高亮</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight &amp;in</source>
        <translation>高亮颜色(&amp;I)</translation>
    </message>
    <message>
        <source>Highlight and Add &amp;Note…</source>
        <translation>高亮并添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Highlight and &amp;Tag…</source>
        <translation>高亮并添加主题(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Tag with Themes…</source>
        <translation>添加主题标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>删除高亮(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot change the colour: %1</source>
        <translation>无法更改颜色：%1</translation>
    </message>
    <message>
        <source>The highlight is now %1</source>
        <translation>高亮现在为%1</translation>
    </message>
</context>
<context>
    <name>Colloquy::ImportController</name>
    <message>
        <source>Importing articles…</source>
        <translation>正在导入文章…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文本。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln element(s) nested deeper than %2 levels were flattened; their text is kept</source>
        <translation>
            <numerusform>%1：%Ln 个嵌套超过 %2 层的元素已被展平；其文字保留</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::LibraryCommands</name>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash?</source>
        <translation>将“%1”移到回收站？</translation>
    </message>
    <message>
        <source>It has no highlights. The Trash keeps it for 30 days; Edit → Undo brings it back.</source>
        <translation>它没有高亮。回收站会保留它 30 天；编辑 → 撤销可以恢复它。</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln highlight(s), with their notes and themes, go with it to the Trash, which keeps them for 30 days. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>它的 %Ln 处高亮及其笔记和主题会一并移到回收站，保留 30 天。编辑 → 撤销可以恢复它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>新建合集</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>合集名称：</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>重命名合集</translation>
    </message>
    <message>
        <source>New name of the collection:</source>
        <translation>合集的新名称：</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>新建合集(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>编辑详情(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>合集(&amp;C)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>Colloquy::LibraryDelegate</name>
    <message>
        <source>No speakers recognised</source>
        <translation>未识别出发言人</translation>
    </message>
    <message>
        <source>Imported today, %1</source>
        <translation>今天导入，%1</translation>
    </message>
    <message>
        <source>Imported yesterday, %1</source>
        <translation>昨天导入，%1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>导入于 %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::LibraryModel</name>
    <message>
        <source>Imported %1</source>
        <translation>导入于 %1</translation>
    </message>
    <message>
        <source>No speakers recognised</source>
        <translation>未识别出发言人</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>发言人：%1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>发表于 %1</translation>
    </message>
</context>
<context>
    <name>Colloquy::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Filter by title or speaker…</source>
        <translation>按标题或发言人筛选…</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>筛选文库</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>The library is empty. Open an article with File → Open… or drop files here.</source>
        <translation>文库是空的。请用“文件 → 打开…”打开文章，或将文件拖到这里。</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>没有与“%1”匹配的文章。</translation>
    </message>
    <message>
        <source>Show the collection</source>
        <translation>显示合集</translation>
    </message>
    <message>
        <source>Manage collections</source>
        <translation>管理合集</translation>
    </message>
    <message>
        <source>Order of the articles</source>
        <translation>文章顺序</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>排序：%1</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>按标题</translation>
    </message>
    <message>
        <source>By date published</source>
        <translation>按发表日期</translation>
    </message>
    <message>
        <source>Most speakers first</source>
        <translation>发言人最多优先</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>新建合集(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename Collection…</source>
        <translation>重命名合集(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation>删除合集(&amp;D)</translation>
    </message>
    <message>
        <source>Its articles stay in the library</source>
        <translation>其中的文章仍留在文库中</translation>
    </message>
</context>
<context>
    <name>Colloquy::MainWindow</name>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Highlight Co&amp;lour</source>
        <translation>高亮颜色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Highlight the selection in %1 (%2)</source>
        <translation>用%1高亮所选内容 (%2)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s)</source>
        <translation>
            <numerusform>已导入 %Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>This article is already in the library</source>
        <translation>这篇文章已在文库中</translation>
    </message>
    <message>
        <source>These %1 articles are already in the library</source>
        <translation>这 %1 篇文章已在文库中</translation>
    </message>
    <message>
        <source>%1 already in the library</source>
        <translation>%1 篇已在文库中</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) failed</source>
        <translation>
            <numerusform>%Ln 个文件失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>This file could not be imported:</source>
        <translation>此文件无法导入：</translation>
    </message>
    <message>
        <source>These files could not be imported:</source>
        <translation>这些文件无法导入：</translation>
    </message>
    <message>
        <source>The sample article is missing from this build</source>
        <translation>此版本中缺少示例文章</translation>
    </message>
    <message>
        <source>Cannot read the sample article: %1</source>
        <translation>无法读取示例文章：%1</translation>
    </message>
    <message>
        <source>Cannot store the sample article: %1</source>
        <translation>无法存储示例文章：%1</translation>
    </message>
    <message>
        <source>Added a sample article to the library</source>
        <translation>已向文库添加一篇示例文章</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln 位发言人</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>文字大小 %1 磅</translation>
    </message>
    <message>
        <source>About Colloquy</source>
        <translation>关于 Colloquy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colloquy %1&lt;/h3&gt;&lt;p&gt;A reader for articles with many voices: roundtables, interviews and debates, shown with one pane per speaker.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Colloquy %1&lt;/h3&gt;&lt;p&gt;一款阅读多声部文章的工具：圆桌讨论、访谈和辩论，每位发言人一个窗格。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The match is in the captions under the title</source>
        <translation>匹配项位于标题下方的图片说明中</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Open Rece&amp;nt</source>
        <translation>最近打开(&amp;N)</translation>
    </message>
    <message>
        <source>Read-Only Library</source>
        <translation>只读文库</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>This library is damaged: %1. It is open read-only, so nothing more is written into it; you can read, search and export what still reads.</source>
        <translation>此文库已损坏：%1。它以只读方式打开，不会再写入任何内容；您可以阅读、搜索和导出仍可读取的内容。</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>This library is read-only because %1. You can read, search and export, but edits are refused.</source>
        <translation>此文库为只读，原因是%1。您可以阅读、搜索和导出，但无法编辑。</translation>
    </message>
</context>
<context>
    <name>Colloquy::NoteEditor</name>
    <message>
        <source>Write a note in Markdown; it is saved as you type</source>
        <translation>用 Markdown 写笔记；输入时即自动保存</translation>
    </message>
    <message>
        <source>Saved as you type · Esc: close</source>
        <translation>输入时自动保存 · Esc：关闭</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>无法保存笔记：%1</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>笔记已保存</translation>
    </message>
</context>
<context>
    <name>Colloquy::OverviewChart</name>
    <message numerus="yes">
        <source>%1: %2% of the words (%3), %n claim(s) on %4 themes</source>
        <translation>
            <numerusform>%1：占字数的 %2%（%3），关于 %4 个主题的 %n 个论点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 个论点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colloquy::PreferencesDialog</name>
    <message>
        <source>&amp;Roundtables:</source>
        <translation>圆桌讨论(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Interviews:</source>
        <translation>访谈(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Briefings:</source>
        <translation>发布会(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Transcripts:</source>
        <translation>文字记录(&amp;T)：</translation>
    </message>
    <message>
        <source>Configure Colloquy</source>
        <translation>配置 Colloquy</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Library and Annotations</source>
        <translation>文库和标注</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <source>Reading size</source>
        <translation>阅读字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Reading &amp;size:</source>
        <translation>阅读字号(&amp;S)：</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>跟随桌面</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Layout of new articles</source>
        <translation>新文章的布局</translation>
    </message>
    <message>
        <source>Chosen by Colloquy</source>
        <translation>由 Colloquy 选择</translation>
    </message>
    <message>
        <source>An article you have already arranged keeps its own layout.</source>
        <translation>您已调整过布局的文章将保留其布局。</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>文库文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Signs the highlights and notes you make from now on, and so the exports. Left empty, your account&apos;s name is used.</source>
        <translation>用于署名您今后创建的高亮和笔记，也会出现在导出文件中。留空则使用您账户的名称。</translation>
    </message>
    <message>
        <source>Library &amp;file:</source>
        <translation>文库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Colloquy opens this library from the next start. A file that does not exist yet becomes a new, empty library.</source>
        <translation>Colloquy 将在下次启动时打开此文库。尚不存在的文件会成为一个新的空文库。</translation>
    </message>
    <message>
        <source>Library File</source>
        <translation>文库文件</translation>
    </message>
    <message>
        <source>Colloquy libraries (*.sqlite);;All files (*)</source>
        <translation>Colloquy 文库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Back up the library automatically while you edit</source>
        <translation>编辑时自动备份文库(&amp;B)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>At most &amp;one every:</source>
        <translation>最多每隔(&amp;O)：</translation>
    </message>
    <message>
        <source>Keep the newest of the last &amp;days:</source>
        <translation>保留最近几天每天最新的一份(&amp;D)：</translation>
    </message>
    <message>
        <source>…and of the last &amp;weeks:</source>
        <translation>…以及最近几周的(&amp;W)：</translation>
    </message>
    <message>
        <source>Backups are kept in a folder beside the library file, named after it with “.backups”. File → Backups… lists and restores them.</source>
        <translation>备份保存在文库文件旁边的文件夹中，名称为文库文件名加上“.backups”。通过“文件 → 备份…”可以查看和恢复备份。</translation>
    </message>
</context>
<context>
    <name>Colloquy::SearchDelegate</name>
    <message>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>无标题文章</translation>
    </message>
</context>
<context>
    <name>Colloquy::SearchModel</name>
    <message>
        <source>Untitled article</source>
        <translation>无标题文章</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>笔记 (%1)：%2</translation>
    </message>
    <message>
        <source>Text (%1): %2</source>
        <translation>正文 (%1)：%2</translation>
    </message>
</context>
<context>
    <name>Colloquy::SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>All words must occur; &quot;quotes&quot; keep a phrase, a trailing * matches a prefix</source>
        <translation>所有词都须出现；&quot;引号&quot;内为词组，结尾的 * 匹配前缀</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文章</translation>
    </message>
    <message>
        <source>Only what this speaker said</source>
        <translation>仅此发言人所说的内容</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言人</translation>
    </message>
    <message>
        <source>Only within claims of this theme</source>
        <translation>仅此主题的论点</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>Only within highlights of this colour</source>
        <translation>仅此颜色的高亮</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No article is open</source>
        <translation>没有打开的文章</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>无法搜索：%1</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>The best %1 results</source>
        <translation>最佳的 %1 条结果</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 条结果</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 条结果</translation>
    </message>
    <message>
        <source>Search this article</source>
        <translation>搜索本文章</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索文库</translation>
    </message>
</context>
<context>
    <name>Colloquy::SegmentationReviewDialog</name>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Editor&apos;s note</source>
        <translation>编者按</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>叙述</translation>
    </message>
    <message>
        <source>Review Segmentation</source>
        <translation>检查分段</translation>
    </message>
    <message>
        <source>Split at Cursor</source>
        <translation>在光标处拆分</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Merge with Previous</source>
        <translation>与上一段合并</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Assign Speaker…</source>
        <translation>指定发言人…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>指定…</translation>
    </message>
    <message>
        <source>Rename Speaker…</source>
        <translation>重命名发言人…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Edit Bio…</source>
        <translation>编辑简介…</translation>
    </message>
    <message>
        <source>Bio…</source>
        <translation>简介…</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>Text of the segment</source>
        <translation>分段的文本</translation>
    </message>
    <message>
        <source>Review Segmentation — %1</source>
        <translation>检查分段 — %1</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>%1, %2%</source>
        <translation>%1，%2%</translation>
    </message>
    <message>
        <source>Low confidence: check this boundary</source>
        <translation>置信度低：请检查此边界</translation>
    </message>
    <message>
        <source>%1 segments, %2 with low confidence</source>
        <translation>%1 个分段，其中 %2 个置信度低</translation>
    </message>
    <message>
        <source>New Speaker…</source>
        <translation>新发言人…</translation>
    </message>
    <message>
        <source>New Speaker</source>
        <translation>新发言人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>简介(&amp;B)：</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>重命名发言人</translation>
    </message>
    <message>
        <source>New name for %1 in all turns:</source>
        <translation>%1 在所有发言中的新名称：</translation>
    </message>
    <message>
        <source>Edit Bio</source>
        <translation>编辑简介</translation>
    </message>
    <message>
        <source>Bio of %1:</source>
        <translation>%1 的简介：</translation>
    </message>
    <message>
        <source>Remember for This &amp;Source</source>
        <translation>为此来源记住(&amp;S)</translation>
    </message>
    <message>
        <source>Later imports from the same site or folder, read the same way, are corrected like this (Tools → Segmentation Rules lists and removes rules)</source>
        <translation>以后从同一网站或文件夹导入、以相同方式读取的文章将同样更正（工具 → 分段规则可列出和删除规则）</translation>
    </message>
    <message>
        <source>Correct later imports the same way? %1.</source>
        <translation>以后的导入也这样更正吗？%1。</translation>
    </message>
    <message>
        <source>Remembered as rule #%1; Tools → Segmentation Rules lists and removes rules.</source>
        <translation>已记为规则 #%1；工具 → 分段规则可列出和删除规则。</translation>
    </message>
    <message>
        <source>&amp;Cast</source>
        <translation>角色表(&amp;C)</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>角色表</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the selected cast member in every turn</source>
        <translation>在每次发言中重命名所选角色</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Give the selected member&apos;s turns to another cast member</source>
        <translation>将所选角色的发言归给另一角色</translation>
    </message>
    <message>
        <source>How this article was read was not recorded (it was stored by an older Colloquy). Re-import it to see the scheme and its evidence.</source>
        <translation>未记录本文章的读取方式（它由旧版 Colloquy 保存）。重新导入即可查看其格式及依据。</translation>
    </message>
    <message>
        <source>Read as %1 — %2% sure</source>
        <translation>按%1读取——把握度 %2%</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 次发言</translation>
    </message>
    <message>
        <source>%1 turns</source>
        <translation>%1 次发言</translation>
    </message>
    <message>
        <source>printed as %1 · %2</source>
        <translation>印为 %1 · %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
</context>
<context>
    <name>Colloquy::SegmentationRulesDialog</name>
    <message>
        <source>Segmentation Rules</source>
        <translation>分段规则</translation>
    </message>
    <message>
        <source>&amp;Rules applied at every import:</source>
        <translation>每次导入时应用的规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Segmentation rules</source>
        <translation>分段规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>记住于</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Forget the selected rule: later imports no longer apply it (Del)</source>
        <translation>忘记所选规则：以后的导入不再应用它（Del）</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>无法读取规则：%1</translation>
    </message>
    <message>
        <source>No rules yet. When you correct an article in Review Segmentation, choose Remember for This Source to have later imports from the same site or folder corrected the same way.</source>
        <translation>还没有规则。在“检查分段”中更正文章时，选择“为此来源记住”，以后从同一网站或文件夹导入的文章就会同样更正。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s). Each applies to articles of its source and shape when they are imported; the review shows the rule that decided a segment.</source>
        <translation>
            <numerusform>%n 条规则。每条规则在导入时应用于同一来源和形式的文章；检查窗口会显示决定某个分段的规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
</context>
<context>
    <name>Colloquy::SelectionToolBar</name>
    <message>
        <source>Highlight in %1 (%2)</source>
        <translation>用%1高亮 (%2)</translation>
    </message>
    <message>
        <source>Note (N)</source>
        <translation>笔记 (N)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tag with themes (T)</source>
        <translation>添加主题标签 (T)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>Colloquy::ShortcutsDialog</name>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>按操作或按键筛选</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>操作及其快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>快捷键(&amp;S)：</translation>
    </message>
    <message>
        <source>Select an action, then press the keys it should have.</source>
        <translation>请选择一个操作，然后按下要为它设置的按键。</translation>
    </message>
    <message>
        <source>Shortcut in Use</source>
        <translation>快捷键已被占用</translation>
    </message>
    <message>
        <source>The default shortcut %1 of “%2” is now used by “%3”. Change that one first.</source>
        <translation>“%2”的默认快捷键 %1 现已被“%3”使用。请先更改那一项。</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Choose another key, or give “%2” another shortcut first.</source>
        <translation>%1 已是“%2”的快捷键。请选择其他按键，或先为“%2”设置其他快捷键。</translation>
    </message>
</context>
<context>
    <name>Colloquy::SideBySideView</name>
    <message>
        <source>&amp;Link Claims</source>
        <translation>链接论点(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>取消链接(&amp;U)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Link the two picked claims with the chosen relation</source>
        <translation>用所选关系链接选中的两个论点</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation>删除所选链接（Delete）</translation>
    </message>
    <message>
        <source>Links between claims</source>
        <translation>论点之间的链接</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>论点</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <source>agrees with</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>disagrees with</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>makes the same point as</source>
        <translation>观点等同于</translation>
    </message>
    <message>
        <source>Claims of %1</source>
        <translation>%1 的论点</translation>
    </message>
    <message>
        <source>Pick a claim here and one in another column to link them; Enter opens the claim</source>
        <translation>在此选一个论点，再在另一列选一个，即可链接；回车打开该论点</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>The codebook has no themes yet.</source>
        <translation>代码本中还没有主题。</translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation>%1
笔记：%2</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>No claims on %1 here.</source>
        <translation>此处没有关于 %1 的论点。</translation>
    </message>
    <message>
        <source>(claim %1)</source>
        <translation>（论点 %1）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Pick one claim in each of two columns to link them.</source>
        <translation>在两列中各选一个论点以链接它们。</translation>
    </message>
    <message>
        <source>Cannot link the claims: %1</source>
        <translation>无法链接论点：%1</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>已链接：%1</translation>
    </message>
    <message>
        <source>Cannot remove the link: %1</source>
        <translation>无法删除链接：%1</translation>
    </message>
    <message>
        <source>Removed the link</source>
        <translation>已删除链接</translation>
    </message>
    <message>
        <source>Su&amp;ggest Claims…</source>
        <translation>建议论点(&amp;G)…</translation>
    </message>
    <message>
        <source>Sentences the theme&apos;s search rules find, to accept as claims</source>
        <translation>主题搜索规则找到的句子，可接受为论点</translation>
    </message>
    <message>
        <source>Made %1 claims of %2 (Ctrl+Z undoes it)</source>
        <translation>已为 %2 创建 %1 个论点（Ctrl+Z 可撤销）</translation>
    </message>
</context>
<context>
    <name>Colloquy::SpeakerPane</name>
    <message>
        <source>Speech of %1</source>
        <translation>%1 的发言</translation>
    </message>
</context>
<context>
    <name>Colloquy::SpeakersDialog</name>
    <message>
        <source>Merge Into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>将 %1 合并到：</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>输入以筛选</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Split Off</source>
        <translation>拆分出去(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open Article</source>
        <translation>打开文章(&amp;O)</translation>
    </message>
    <message>
        <source>Speakers Across Articles</source>
        <translation>跨文章的发言人</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>筛选人物</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Appearances of the selected person</source>
        <translation>所选人物的出场</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>刊印名称</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Name this person as you want them listed</source>
        <translation>按您希望列出的方式为此人命名</translation>
    </message>
    <message>
        <source>These are the same person as another profile: join them</source>
        <translation>这与另一份档案是同一人：将其合并</translation>
    </message>
    <message>
        <source>This article&apos;s speaker is someone else: give them a profile of their own</source>
        <translation>本文章的发言人是另一个人：为其建立单独的档案</translation>
    </message>
    <message>
        <source>Show this article in the main window</source>
        <translation>在主窗口中显示此文章</translation>
    </message>
    <message>
        <source>No speaker has been recognised as a person yet.</source>
        <translation>尚未有发言人被识别为人物。</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <source>Printed as: %1</source>
        <translation>刊印名称：%1</translation>
    </message>
    <message>
        <source>(no bio)</source>
        <translation>（无简介）</translation>
    </message>
    <message>
        <source>Rename Person</source>
        <translation>重命名人物</translation>
    </message>
    <message>
        <source>Name for %1 in every article:</source>
        <translation>%1 在所有文章中的名称：</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>已将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>已将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>%1 in “%2” now has a profile of its own</source>
        <translation>“%2”中的 %1 现在有了单独的档案</translation>
    </message>
</context>
<context>
    <name>Colloquy::SuggestClaimsDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Uncheck &amp;All</source>
        <translation>全不选(&amp;A)</translation>
    </message>
    <message>
        <source>Acce&amp;pt Checked</source>
        <translation>接受所选(&amp;P)</translation>
    </message>
    <message>
        <source>Suggest Claims for %1</source>
        <translation>为 %1 建议论点</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>搜索规则</translation>
    </message>
    <message>
        <source>One rule per line: words, &quot;a phrase&quot;, prefix*</source>
        <translation>每行一条规则：词语、&quot;短语&quot;、前缀*</translation>
    </message>
    <message>
        <source>Only in the turns of</source>
        <translation>仅在以下发言人的发言中</translation>
    </message>
    <message>
        <source>Check speakers to look only in their turns; none checked: every speaker</source>
        <translation>勾选发言人以仅在其发言中查找；未勾选则查找所有发言人</translation>
    </message>
    <message>
        <source>Suggested claims</source>
        <translation>建议的论点</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Only in the &amp;turns of:</source>
        <translation>仅在以下发言人的发言中(&amp;T)：</translation>
    </message>
    <message>
        <source>Only &amp;inside claims of:</source>
        <translation>仅在以下主题的论点内(&amp;I)：</translation>
    </message>
    <message>
        <source>(anywhere in the turns)</source>
        <translation>（发言中的任何位置）</translation>
    </message>
    <message>
        <source>Write a rule to find sentences.</source>
        <translation>请写一条规则以查找句子。</translation>
    </message>
    <message>
        <source>No sentence matches the rules here.</source>
        <translation>此处没有符合规则的句子。</translation>
    </message>
    <message>
        <source>Found: %1. Check the ones to make claims of %2.</source>
        <translation>找到：%1。勾选要成为 %2 论点的句子。</translation>
    </message>
    <message>
        <source>Cannot make the claims: %1</source>
        <translation>无法创建论点：%1</translation>
    </message>
</context>
<context>
    <name>Colloquy::TagPicker</name>
    <message>
        <source>Tag with themes</source>
        <translation>添加主题标签</translation>
    </message>
    <message>
        <source>Find or create a theme…</source>
        <translation>查找或新建主题…</translation>
    </message>
    <message>
        <source>Enter: apply or remove · Esc: close</source>
        <translation>Enter：添加或移除 · Esc：关闭</translation>
    </message>
    <message>
        <source>Create theme “%1”</source>
        <translation>新建主题“%1”</translation>
    </message>
    <message>
        <source>Tag with new theme</source>
        <translation>添加新主题标签</translation>
    </message>
    <message>
        <source>Created the theme and tagged the highlight</source>
        <translation>已新建主题并为高亮添加该标签</translation>
    </message>
    <message>
        <source>Cannot create the theme: %1</source>
        <translation>无法新建主题：%1</translation>
    </message>
    <message>
        <source>Removed the theme %1</source>
        <translation>已移除主题 %1</translation>
    </message>
    <message>
        <source>Tagged with %1</source>
        <translation>已添加标签 %1</translation>
    </message>
    <message>
        <source>Cannot tag: %1</source>
        <translation>无法添加标签：%1</translation>
    </message>
</context>
<context>
    <name>Colloquy::ThemeBarChart</name>
    <message>
        <source>Claims per theme and voice</source>
        <translation>各主题与声音的论点</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>No claims in scope</source>
        <translation>范围内没有论点</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n claim(s)</source>
        <translation>
            <numerusform>%1 — %2：%n 个论点</numerusform>
        </translation>
    </message>
    <message>
        <source> of the voice&apos;s claims</source>
        <translation> 占该声音的论点</translation>
    </message>
    <message>
        <source> per 1,000 words</source>
        <translation> 每千字</translation>
    </message>
</context>
<context>
    <name>Colloquy::ThemeMatrixModel</name>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n claim(s)</source>
        <translation>
            <numerusform>%1 关于 %2：%n 个论点</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1: %2 claims, %3 words</source>
        <translation>%1：%2 个论点，%3 字</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>1 highlight found in place</source>
        <translation>1 条高亮在原处找到</translation>
    </message>
    <message>
        <source>%1 highlights found in place</source>
        <translation>%1 条高亮在原处找到</translation>
    </message>
    <message>
        <source>1 moved with its text</source>
        <translation>1 条随文本移动</translation>
    </message>
    <message>
        <source>%1 moved with their text</source>
        <translation>%1 条随文本移动</translation>
    </message>
    <message>
        <source>%1 matched approximately</source>
        <translation>%1 条近似匹配</translation>
    </message>
    <message>
        <source>%1 orphaned</source>
        <translation>%1 条失位</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.vtt *.srt);;Plain text (*.txt *.text);;Markdown (*.md *.markdown);;Web pages (*.html *.htm *.xhtml);;PDF (*.pdf);;Subtitles and transcripts (*.vtt *.srt);;All files (*)</source>
        <translation>文章 (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.vtt *.srt);;纯文本 (*.txt *.text);;Markdown (*.md *.markdown);;网页 (*.html *.htm *.xhtml);;PDF (*.pdf);;字幕和文字记录 (*.vtt *.srt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Re-import Edited Article</source>
        <translation>重新导入修改后的文章</translation>
    </message>
    <message>
        <source>Import Web Annotations</source>
        <translation>导入 Web 标注</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Web 标注 (*.jsonld *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The article was left as it was.

%1</source>
        <translation>文章保持原样。

%1</translation>
    </message>
    <message>
        <source>The article now has the edited text.</source>
        <translation>文章现已替换为修改后的文本。</translation>
    </message>
    <message>
        <source>Orphaned highlights are kept in the Orphaned section of the annotations sidebar, where you can re-attach them. Edit → Undo brings the old text back.</source>
        <translation>失位的高亮保留在标注侧栏的“已失位”部分，可在那里重新附着。“编辑 → 撤销”可恢复旧文本。</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何内容。

%1</translation>
    </message>
    <message>
        <source>1 highlight added.</source>
        <translation>已添加 1 条高亮。</translation>
    </message>
    <message>
        <source>%1 highlights added.</source>
        <translation>已添加 %1 条高亮。</translation>
    </message>
    <message>
        <source>%1 not found in this article&apos;s text.</source>
        <translation>%1 条在本文章的文本中找不到。</translation>
    </message>
    <message>
        <source>%1 already there.</source>
        <translation>%1 条已存在。</translation>
    </message>
    <message>
        <source>1 new theme.</source>
        <translation>1 个新主题。</translation>
    </message>
    <message>
        <source>%1 new themes.</source>
        <translation>%1 个新主题。</translation>
    </message>
    <message>
        <source>Links between claims made: %1.</source>
        <translation>已建立论点之间的链接：%1 条。</translation>
    </message>
    <message>
        <source>Links not made, their claims not found: %1.</source>
        <translation>未建立的链接（找不到其论点）：%1 条。</translation>
    </message>
    <message>
        <source>Annotations whose quote is not in the text were not added.</source>
        <translation>引文不在文本中的标注未被添加。</translation>
    </message>
    <message>
        <source>Exporting annotated PDF…</source>
        <translation>正在导出带标注的 PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The annotated PDF was not written: %1</source>
        <translation>未写入带标注的 PDF：%1</translation>
    </message>
    <message>
        <source>Export Annotated PDF</source>
        <translation>导出带标注的 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>导出 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>The library has no articles to export.</source>
        <translation>文库中没有可导出的文章。</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>导入 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>Imported from the project: new articles %1, new themes %2, highlights %3, codings %4.</source>
        <translation>已从项目导入：新文章 %1 篇，新主题 %2 个，高亮 %3 条，编码 %4 条。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV 电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld)</source>
        <translation>Web 标注 (*.jsonld)</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>未写入文件：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export All Claims</source>
        <translation>导出全部论点</translation>
    </message>
    <message>
        <source>Claims by theme</source>
        <translation>按主题分组的论点</translation>
    </message>
</context>
<context>
    <name>SegmentationReviewDialog</name>
    <message>
        <source>a transcript (Name: turns)</source>
        <translation>逐字稿（姓名：发言）</translation>
    </message>
    <message>
        <source>a Q&amp;A interview</source>
        <translation>问答式访谈</translation>
    </message>
    <message>
        <source>a press briefing</source>
        <translation>新闻发布会</translation>
    </message>
    <message>
        <source>a roundtable, a heading per expert</source>
        <translation>圆桌讨论，每位专家一个标题</translation>
    </message>
    <message>
        <source>a roundtable, names run into the text</source>
        <translation>圆桌讨论，姓名夹在正文中</translation>
    </message>
    <message>
        <source>a letters page</source>
        <translation>读者来信版</translation>
    </message>
    <message>
        <source>one voice (no turns found)</source>
        <translation>单一声音（未找到发言）</translation>
    </message>
</context>
</TS>
