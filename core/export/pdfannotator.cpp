#include "export/pdfannotator_p.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <exception>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

using Object = QPDFObjectHandle;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

Object real(double value)
{
    return Object::newReal(value, 2);
}

Object colourArray(const QColor &colour)
{
    Object array = Object::newArray();
    array.appendItem(Object::newReal(colour.redF(), 3));
    array.appendItem(Object::newReal(colour.greenF(), 3));
    array.appendItem(Object::newReal(colour.blueF(), 3));
    return array;
}

std::string pdfDate(const QDateTime &time)
{
    const QDateTime utc =
        (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toTimeZone(QTimeZone::utc());
    return utf8(u"D:"_s + utc.toString(u"yyyyMMddHHmmss"_s) + u"Z"_s);
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

/// Qt embeds only the glyphs it used but names the fonts as if whole; the PDF
/// spec asks a subset's name to start with a six-letter tag (`AAAAAB+DejaVuSerif`).
void tagSubsetFonts(QPDF &document)
{
    int count = 0;
    for (Object object : document.getAllObjects()) {
        if (!object.isDictionary() || !object.getKey("/Type").isNameAndEquals("/Font") ||
            !object.getKey("/Subtype").isNameAndEquals("/Type0"))
            continue;
        const std::string name =
            object.getKey("/BaseFont").isName() ? object.getKey("/BaseFont").getName() : "";
        if (name.size() < 2 || name.find('+') != std::string::npos)
            continue;
        std::string tag;
        for (int i = 0, n = count++; i < 6; ++i, n /= 26)
            tag.insert(tag.begin(), char('A' + n % 26));
        const std::string tagged = "/" + tag + "+" + name.substr(1);
        object.replaceKey("/BaseFont", Object::newName(tagged));
        Object descendants = object.getKey("/DescendantFonts");
        for (int i = 0; descendants.isArray() && i < descendants.getArrayNItems(); ++i) {
            Object cidFont = descendants.getArrayItem(i);
            cidFont.replaceKey("/BaseFont", Object::newName(tagged));
            Object descriptor = cidFont.getKey("/FontDescriptor");
            if (descriptor.isDictionary())
                descriptor.replaceKey("/FontName", Object::newName(tagged));
        }
    }
}

/// Where a highlight mark sits in PDF space (origin bottom-left) and how its appearance paints it.
struct MarkGeometry
{
    Object rect = Object::newArray(); ///< the bounding box
    Object quads = Object::newArray(); ///< four corners per line
    QString drawing; ///< the appearance stream's content
};

MarkGeometry geometryOf(const PdfHighlightMark &mark, double pageHeight, const QColor &tint)
{
    MarkGeometry geometry;
    QRectF bounds;
    geometry.drawing = u"/GS0 gs\n"_s;
    geometry.drawing +=
        u"%1 %2 %3 rg\n"_s.arg(number(tint.redF()), number(tint.greenF()), number(tint.blueF()));
    for (const QRectF &rect : mark.rects) {
        bounds = bounds.united(rect);
        const double x1 = rect.left();
        const double x2 = rect.right();
        const double yTop = pageHeight - rect.top();
        const double yBottom = pageHeight - rect.bottom();
        // Acrobat's order, which every reader follows: top-left, top-right, bottom-left,
        // bottom-right.
        for (const double value : {x1, yTop, x2, yTop, x1, yBottom, x2, yBottom})
            geometry.quads.appendItem(real(value));
        geometry.drawing += u"%1 %2 %3 %4 re f\n"_s.arg(
            number(x1), number(yBottom), number(rect.width()), number(rect.height()));
    }
    for (const double value :
        {bounds.left(), pageHeight - bounds.bottom(), bounds.right(), pageHeight - bounds.top()})
        geometry.rect.appendItem(real(value));
    return geometry;
}

/// The appearance dictionary (/AP): the tint multiplied with the page, so the text stays black on top.
Object appearanceOf(QPDF &document, const QString &drawing, Object rect)
{
    Object appearance = document.newStream(utf8(drawing));
    Object appearanceDict = appearance.getDict();
    appearanceDict.replaceKey("/Type", Object::newName("/XObject"));
    appearanceDict.replaceKey("/Subtype", Object::newName("/Form"));
    appearanceDict.replaceKey("/BBox", rect.shallowCopy());
    Object state = Object::newDictionary();
    state.replaceKey("/Type", Object::newName("/ExtGState"));
    state.replaceKey("/BM", Object::newName("/Multiply"));
    Object states = Object::newDictionary();
    states.replaceKey("/GS0", state);
    Object resources = Object::newDictionary();
    resources.replaceKey("/ExtGState", states);
    appearanceDict.replaceKey("/Resources", resources);
    Object ap = Object::newDictionary();
    ap.replaceKey("/N", appearance);
    return ap;
}

/// Adds a /Highlight annotation for `exported` at `mark` to `page`.
void addHighlightAnnotation(QPDF &document, Object page, const PdfHighlightMark &mark, double pageHeight,
    const ExportedHighlight &exported, const Codebook &codebook, const QString &author)
{
    const Highlight &highlight = exported.highlight;
    const QColor tint = highlightTint(highlight.colour);
    const MarkGeometry geometry = geometryOf(mark, pageHeight, tint);
    const Object ap = appearanceOf(document, geometry.drawing, geometry.rect);

    Object annotation = Object::newDictionary();
    annotation.replaceKey("/Type", Object::newName("/Annot"));
    annotation.replaceKey("/Subtype", Object::newName("/Highlight"));
    annotation.replaceKey("/Rect", geometry.rect);
    annotation.replaceKey("/QuadPoints", geometry.quads);
    annotation.replaceKey("/C", colourArray(tint));
    annotation.replaceKey("/Contents", Object::newUnicodeString(utf8(exported.contents(codebook))));
    annotation.replaceKey("/T", Object::newUnicodeString(utf8(author)));
    annotation.replaceKey("/M", Object::newString(pdfDate(highlight.modified)));
    annotation.replaceKey("/CreationDate", Object::newString(pdfDate(highlight.created)));
    annotation.replaceKey(
        "/NM", Object::newUnicodeString(utf8(u"colloquy-%1-p%2"_s.arg(highlight.id).arg(mark.page))));
    annotation.replaceKey("/F", Object::newInteger(4)); // print
    annotation.replaceKey("/P", page);
    annotation.replaceKey("/AP", ap);
    if (!exported.themes.isEmpty()) {
        const QStringList paths = themeDisplayPaths(codebook, exported.themes);
        annotation.replaceKey("/Subj", Object::newUnicodeString(utf8(paths.join(u", "_s))));
    }
    Object annots = page.getKey("/Annots");
    if (!annots.isArray()) {
        annots = Object::newArray();
        page.replaceKey("/Annots", annots);
    }
    annots.appendItem(document.makeIndirectObject(annotation));
}

/// Builds the document outline (bookmarks) from entries in reading order,
/// nested by level; a skipped level hangs under the previous entry.
class OutlineBuilder
{
public:
    OutlineBuilder(QPDF &document, const std::vector<QPDFPageObjectHelper> &pages, double pageHeight)
        : m_document(document)
        , m_pages(pages)
        , m_pageHeight(pageHeight)
        , m_root(document.makeIndirectObject(Object::newDictionary()))
    {
        m_root.replaceKey("/Type", Object::newName("/Outlines"));
        m_parents.push_back(m_root);
        m_lastChild.push_back(Object::newNull());
        m_childCount.push_back(0);
    }

    void add(const PdfOutlineEntry &entry)
    {
        descendTo(size_t(std::max(0, entry.level)) + 1);
        Object item = m_document.makeIndirectObject(Object::newDictionary());
        item.replaceKey("/Title", Object::newUnicodeString(utf8(entry.title)));
        item.replaceKey("/Parent", m_parents.back());
        item.replaceKey("/Dest", destinationOf(entry));
        if (m_lastChild.back().isNull()) {
            m_parents.back().replaceKey("/First", item);
        } else {
            m_lastChild.back().replaceKey("/Next", item);
            item.replaceKey("/Prev", m_lastChild.back());
        }
        m_lastChild.back() = item;
        ++m_childCount.back();
    }

    /// Closes every open level; the outline's root dictionary.
    Object finish()
    {
        while (!m_parents.empty())
            close();
        return m_root;
    }

private:
    void descendTo(size_t depth)
    {
        while (m_parents.size() > depth)
            close();
        while (m_parents.size() < depth) {
            // A level skipped: hang it under the previous entry.
            if (m_lastChild.back().isNull())
                break;
            m_parents.push_back(m_lastChild.back());
            m_lastChild.push_back(Object::newNull());
            m_childCount.push_back(0);
        }
    }

    void close()
    {
        Object node = m_parents.back();
        if (m_childCount.back() > 0) {
            node.replaceKey("/Last", m_lastChild.back());
            // Speakers open, their themes folded.
            const bool isRoot = m_parents.size() == 1;
            node.replaceKey(
                "/Count", Object::newInteger(isRoot ? m_childCount.back() : -m_childCount.back()));
        }
        m_parents.pop_back();
        m_lastChild.pop_back();
        m_childCount.pop_back();
    }

    Object destinationOf(const PdfOutlineEntry &entry) const
    {
        Object destination = Object::newArray();
        const size_t pageIndex = size_t(std::clamp(entry.page, 1, int(m_pages.size())) - 1);
        destination.appendItem(m_pages.at(pageIndex).getObjectHandle());
        destination.appendItem(Object::newName("/XYZ"));
        destination.appendItem(Object::newNull());
        destination.appendItem(real(std::max(0.0, m_pageHeight - entry.top + 4)));
        destination.appendItem(Object::newNull());
        return destination;
    }

    QPDF &m_document;
    const std::vector<QPDFPageObjectHelper> &m_pages;
    double m_pageHeight;
    Object m_root;
    std::vector<Object> m_parents; ///< the open levels, the root first
    std::vector<Object> m_lastChild; ///< per open level, its last item so far (null: none)
    std::vector<int> m_childCount; ///< per open level
};

QByteArray written(QPDF &document)
{
    QPDFWriter writer(document);
    writer.setOutputMemory();
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

} // namespace

PdfAnnotator::PdfAnnotator(
    const ExportContent &content, const PdfLayoutResult &layout, const PdfExportOptions &options)
    : m_content(content)
    , m_layout(layout)
    , m_options(options)
{ }

std::optional<QByteArray> PdfAnnotator::annotate(const QByteArray &pdf, QString *error) const
{
    try {
        QPDF document;
        document.processMemoryFile("export.pdf", pdf.constData(), size_t(pdf.size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
        const double height = m_layout.pageSize.height();

        for (const PdfHighlightMark &mark : m_layout.marks) {
            if (mark.page < 1 || size_t(mark.page) > pages.size() || mark.rects.isEmpty())
                continue;
            const ExportedHighlight &exported = m_content.highlights.at(mark.highlight);
            const QString author = m_options.author.isEmpty() ? exported.highlight.author : m_options.author;
            addHighlightAnnotation(document, pages.at(size_t(mark.page - 1)).getObjectHandle(), mark, height,
                exported, m_content.codebook, author);
        }

        tagSubsetFonts(document);
        Object catalog = document.getRoot();
        if (!m_layout.outline.isEmpty()) {
            OutlineBuilder outline(document, pages, height);
            for (const PdfOutlineEntry &entry : m_layout.outline)
                outline.add(entry);
            catalog.replaceKey("/Outlines", outline.finish());
            catalog.replaceKey("/PageMode", Object::newName("/UseOutlines"));
        }
        // Qt's XMP packet knows only the title; the Info dictionary below is the whole truth.
        catalog.removeKey("/Metadata");
        setDocumentInfo(document);
        return written(document);
    } catch (const std::exception &exception) {
        *error = u"could not add annotations to the PDF: %1"_s.arg(QString::fromLocal8Bit(exception.what()));
        return std::nullopt;
    }
}

QStringList PdfAnnotator::authors() const
{
    if (!m_options.author.isEmpty())
        return {m_options.author};
    QStringList authors;
    for (const ExportedHighlight &exported : m_content.highlights) {
        if (!exported.highlight.author.isEmpty() && !authors.contains(exported.highlight.author))
            authors.append(exported.highlight.author);
    }
    return authors;
}

void PdfAnnotator::setDocumentInfo(QPDF &document) const
{
    const QStringList themes = themeDisplayPaths(m_content.codebook, m_content.themes);
    QStringList speakers;
    for (const Speaker &speaker : m_content.article.speakers())
        speakers.append(speaker.name);
    Object trailer = document.getTrailer();
    Object info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = document.makeIndirectObject(Object::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    info.replaceKey("/Title", Object::newUnicodeString(utf8(m_content.article.displayTitle())));
    info.replaceKey("/Author", Object::newUnicodeString(utf8(authors().join(u", "_s))));
    info.replaceKey("/Subject",
        Object::newUnicodeString(utf8(u"Annotated article with "_s +
            counted(m_content.highlights.size(), u"highlight"_s, u"highlights"_s) + u"; speakers: "_s +
            speakers.join(u", "_s))));
    info.replaceKey("/Keywords", Object::newUnicodeString(utf8(themes.join(u", "_s))));
    info.replaceKey("/Creator", Object::newUnicodeString("Colloquy"));
}

} // namespace Colloquy
