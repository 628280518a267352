#include "model/article.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QString segmentKindName(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Caption:
        return u"caption"_s;
    case SegmentKind::Metadata:
        return u"metadata"_s;
    case SegmentKind::EditorNote:
        return u"editor_note"_s;
    case SegmentKind::Speaker:
        return u"speaker"_s;
    case SegmentKind::Narration:
        return u"narration"_s;
    }
    return u"narration"_s;
}

std::optional<SegmentKind> segmentKindFromName(QStringView name)
{
    for (auto kind : {SegmentKind::Caption, SegmentKind::Metadata, SegmentKind::EditorNote,
             SegmentKind::Speaker, SegmentKind::Narration}) {
        if (name == segmentKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QList<Speaker> Article::speakers() const
{
    // A speaker may return without a bio in later turns: the name is the identity.
    QList<Speaker> result;
    for (const auto &segment : segments) {
        if (!segment.speaker)
            continue;
        const bool known = std::any_of(result.cbegin(), result.cend(),
            [&](const Speaker &s) { return s.name == segment.speaker->name; });
        if (!known)
            result.append(*segment.speaker);
    }
    return result;
}

static QString titleOrFileName(const QString &title, const QString &sourcePath)
{
    if (!title.isEmpty())
        return title;
    if (!sourcePath.isEmpty())
        return QFileInfo(sourcePath).completeBaseName();
    return QStringLiteral("Untitled article");
}

QString Article::displayTitle() const
{
    return titleOrFileName(title, sourcePath);
}

QString ArticleSummary::displayTitle() const
{
    return titleOrFileName(title, sourcePath);
}

QByteArray contentHashOf(const QString &normalizedText)
{
    return QCryptographicHash::hash(normalizedText.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace Colloquy
