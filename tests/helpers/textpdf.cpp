// Lays out a plain-text article as a PDF, for the PDF fixtures of tests/data/eval
// (tests/data/eval/generate.py calls it). The first paragraph is the title;
// paragraphs are separated by blank lines and wrapped to the page, with a
// running head from the second page and a page number on every page, as
// printed articles have.

#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double Left = 40;
constexpr double Top = 70;
constexpr double Bottom = 540;
constexpr double Width = 340;
constexpr double Leading = 15;

QStringList wrap(const QString &paragraph, const QFontMetricsF &metrics)
{
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > Width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: textpdf ARTICLE.txt OUTPUT.pdf\n";
        return 2;
    }
    QFile input(args.at(1));
    if (!input.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << args.at(1) << ": " << input.errorString() << '\n';
        return 1;
    }
    const QStringList paragraphs =
        QString::fromUtf8(input.readAll()).trimmed().split(u"\n\n"_s, Qt::SkipEmptyParts);

    QPdfWriter writer(args.at(2));
    writer.setResolution(72); // one unit is one point
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(paragraphs.value(0));
    writer.setCreator(u"colloquy textpdf"_s);

    QPainter painter(&writer);
    QFont body(u"DejaVu Serif"_s);
    body.setPointSizeF(10);
    QFont heading = body;
    heading.setPointSizeF(15);
    int page = 1;
    // The first page carries the title instead of the running head.
    auto decorate = [&] {
        painter.setFont(body);
        if (page > 1)
            painter.drawText(QPointF(Left, 30), u"THE EXAMPLE LEDGER \u00b7 OPINION"_s);
        painter.drawText(QPointF(190, 570), QString::number(page));
    };
    decorate();
    double y = Top;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QFont &font = i == 0 ? heading : body;
        painter.setFont(font);
        const QFontMetricsF metrics(font, &writer);
        for (const QString &line : wrap(paragraphs.at(i).simplified(), metrics)) {
            if (y > Bottom) {
                writer.newPage();
                ++page;
                decorate();
                painter.setFont(font);
                y = Top;
            }
            painter.drawText(QPointF(Left, y), line);
            y += i == 0 ? 2 * Leading : Leading;
        }
        y += 10;
    }
    return painter.end() ? 0 : 1;
}
