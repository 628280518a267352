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
            const Highlight &highlight = exported.highlight;
            Object page = pages.at(size_t(mark.page - 1)).getObjectHandle();

            QRectF bounds;
            Object quads = Object::newArray();
            QString drawing = u"/GS0 gs\n"_s;
            const QColor tint = highlightTint(highlight.colour);
            drawing +=
                u"%1 %2 %3 rg\n"_s.arg(number(tint.redF()), number(tint.greenF()), number(tint.blueF()));
            for (const QRectF &rect : mark.rects) {
                bounds = bounds.united(rect);
                const double x1 = rect.left();
                const double x2 = rect.right();
                const double yTop = height - rect.top();
                const double yBottom = height - rect.bottom();
                // Acrobat's order, which every reader follows: top-left, top-right, bottom-left,
                // bottom-right.
                for (const double value : {x1, yTop, x2, yTop, x1, yBottom, x2, yBottom})
                    quads.appendItem(real(value));
                drawing += u"%1 %2 %3 %4 re f\n"_s.arg(
                    number(x1), number(yBottom), number(rect.width()), number(rect.height()));
            }
            Object rect = Object::newArray();
            for (const double value :
                {bounds.left(), height - bounds.bottom(), bounds.right(), height - bounds.top()})
                rect.appendItem(real(value));

            // The appearance: the tint multiplied with the page, so the text stays black on top.
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

            const QString author = m_options.author.isEmpty() ? highlight.author : m_options.author;
            Object annotation = Object::newDictionary();
            annotation.replaceKey("/Type", Object::newName("/Annot"));
            annotation.replaceKey("/Subtype", Object::newName("/Highlight"));
            annotation.replaceKey("/Rect", rect);
            annotation.replaceKey("/QuadPoints", quads);
            annotation.replaceKey("/C", colourArray(tint));
            annotation.replaceKey("/Contents", Object::newUnicodeString(utf8(exported.contents())));
            annotation.replaceKey("/T", Object::newUnicodeString(utf8(author)));
            annotation.replaceKey("/M", Object::newString(pdfDate(highlight.modified)));
            annotation.replaceKey("/CreationDate", Object::newString(pdfDate(highlight.created)));
            annotation.replaceKey(
                "/NM", Object::newUnicodeString(utf8(u"colloquy-%1-p%2"_s.arg(highlight.id).arg(mark.page))));
            annotation.replaceKey("/F", Object::newInteger(4)); // print
            annotation.replaceKey("/P", page);
            annotation.replaceKey("/AP", ap);
            if (!exported.themes.isEmpty()) {
                QStringList names;
                for (const Theme &theme : exported.themes)
                    names.append(theme.name);
                annotation.replaceKey("/Subj", Object::newUnicodeString(utf8(names.join(u", "_s))));
            }
            Object annots = page.getKey("/Annots");
            if (!annots.isArray()) {
                annots = Object::newArray();
                page.replaceKey("/Annots", annots);
            }
            annots.appendItem(document.makeIndirectObject(annotation));
        }

        tagSubsetFonts(document);
        Object catalog = document.getRoot();
        // Bookmarks, nested by level.
        if (!m_layout.outline.isEmpty()) {
            Object root = document.makeIndirectObject(Object::newDictionary());
            root.replaceKey("/Type", Object::newName("/Outlines"));
            std::vector<Object> parents {root};
            std::vector<Object> lastChild {Object::newNull()};
            std::vector<int> childCount {0};
            const auto close = [&]() {
                Object node = parents.back();
                if (childCount.back() > 0) {
                    node.replaceKey("/Last", lastChild.back());
                    // Speakers open, their themes folded.
                    const bool isRoot = parents.size() == 1;
                    node.replaceKey(
                        "/Count", Object::newInteger(isRoot ? childCount.back() : -childCount.back()));
                }
                parents.pop_back();
                lastChild.pop_back();
                childCount.pop_back();
            };
            for (const PdfOutlineEntry &entry : m_layout.outline) {
                const size_t depth = size_t(std::max(0, entry.level)) + 1;
                while (parents.size() > depth)
                    close();
                while (parents.size() < depth) {
                    // A level skipped: hang it under the previous entry.
                    if (lastChild.back().isNull())
                        break;
                    parents.push_back(lastChild.back());
                    lastChild.push_back(Object::newNull());
                    childCount.push_back(0);
                }
                Object item = document.makeIndirectObject(Object::newDictionary());
                item.replaceKey("/Title", Object::newUnicodeString(utf8(entry.title)));
                item.replaceKey("/Parent", parents.back());
                Object destination = Object::newArray();
                const size_t pageIndex = size_t(std::clamp(entry.page, 1, int(pages.size())) - 1);
                destination.appendItem(pages.at(pageIndex).getObjectHandle());
                destination.appendItem(Object::newName("/XYZ"));
                destination.appendItem(Object::newNull());
                destination.appendItem(real(std::max(0.0, height - entry.top + 4)));
                destination.appendItem(Object::newNull());
                item.replaceKey("/Dest", destination);
                if (lastChild.back().isNull()) {
                    parents.back().replaceKey("/First", item);
                } else {
                    lastChild.back().replaceKey("/Next", item);
                    item.replaceKey("/Prev", lastChild.back());
                }
                lastChild.back() = item;
                ++childCount.back();
            }
            while (!parents.empty())
                close();
            catalog.replaceKey("/Outlines", root);
            catalog.replaceKey("/PageMode", Object::newName("/UseOutlines"));
        }
        // Qt's XMP packet knows only the title; the Info dictionary below is the whole truth.
        catalog.removeKey("/Metadata");

        QStringList authors;
        if (!m_options.author.isEmpty())
            authors.append(m_options.author);
        for (const ExportedHighlight &exported : m_content.highlights) {
            if (m_options.author.isEmpty() && !exported.highlight.author.isEmpty() &&
                !authors.contains(exported.highlight.author))
                authors.append(exported.highlight.author);
        }
        QStringList themes;
        for (const Theme &theme : m_content.themes)
            themes.append(theme.name);
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
        info.replaceKey("/Author", Object::newUnicodeString(utf8(authors.join(u", "_s))));
        info.replaceKey("/Subject",
            Object::newUnicodeString(
                utf8(u"Annotated article with %1 highlights; speakers: %2"_s.arg(m_content.highlights.size())
                         .arg(speakers.join(u", "_s)))));
        info.replaceKey("/Keywords", Object::newUnicodeString(utf8(themes.join(u", "_s))));
        info.replaceKey("/Creator", Object::newUnicodeString("Colloquy"));

        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &exception) {
        *error = u"could not add annotations to the PDF: %1"_s.arg(QString::fromLocal8Bit(exception.what()));
        return std::nullopt;
    }
}

} // namespace Colloquy
