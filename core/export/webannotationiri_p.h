#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Colloquy::WebAnnotationIri {

// How Colloquy names things in Web Annotation JSON-LD. An article is named by
// the SHA-256 of its normalised text, so another library holding the same
// text finds it; a segment by a fragment of that IRI.

using namespace Qt::Literals::StringLiterals;

inline const QString Prefix = u"colloquy"_s;
inline const QString Vocabulary = u"urn:colloquy:vocab#"_s;
/// The highlight's (or a tagging body's theme's) palette name, as an extension property.
inline const QString ColourKey = u"colloquy:colour"_s;
/// On a target: the speaker of the segment, for readers of the file.
inline const QString SpeakerKey = u"colloquy:speaker"_s;

inline QString article(const QString &contentHash)
{
    return u"urn:colloquy:article:sha256:"_s + contentHash;
}

inline QString segmentSource(const QString &contentHash, qsizetype segment)
{
    return article(contentHash) + u"#segment="_s + QString::number(segment);
}

inline QString annotation(const QString &contentHash, qint64 highlightId)
{
    return u"urn:colloquy:annotation:sha256:"_s + contentHash + u':' + QString::number(highlightId);
}

inline QString relation(const QString &contentHash, qint64 relationId)
{
    return u"urn:colloquy:relation:sha256:"_s + contentHash + u':' + QString::number(relationId);
}

/// A source IRI taken apart: the content hash (empty when not ours) and the segment (-1 when none).
struct Source
{
    QString contentHash = {};
    qsizetype segment = -1;
};

inline Source parseSource(const QString &iri)
{
    static const QRegularExpression pattern(
        u"^urn:colloquy:article:sha256:([0-9a-f]{64})(?:#segment=([0-9]{1,9}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(iri);
    Source source;
    if (!match.hasMatch())
        return source;
    source.contentHash = match.captured(1);
    if (!match.captured(2).isEmpty())
        source.segment = match.captured(2).toLongLong();
    return source;
}

} // namespace Colloquy::WebAnnotationIri
