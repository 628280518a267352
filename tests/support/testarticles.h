#pragma once

#include "model/article.h"

#include <QDateTime>

// Articles built in code, segmented by hand, so UI tests do not depend on the segmenter.
namespace TestArticles {

inline Colloquy::Segment segment(
    Colloquy::SegmentKind kind, const QStringList &paragraphs, const QString &label = {})
{
    Colloquy::Segment s;
    s.kind = kind;
    s.label = label;
    s.paragraphs = paragraphs;
    return s;
}

inline Colloquy::Segment speech(const QString &name, const QString &bio, const QStringList &paragraphs)
{
    Colloquy::Segment s = segment(Colloquy::SegmentKind::Speaker, paragraphs);
    s.speaker = Colloquy::Speaker {name, bio};
    return s;
}

inline Colloquy::Article article(const QString &title, const QList<Colloquy::Segment> &segments)
{
    using namespace Qt::Literals::StringLiterals;
    Colloquy::Article article;
    article.title = title;
    article.sourcePath = u"/nowhere/"_s + title + u".txt"_s;
    article.sourceFormat = u"text"_s;
    article.importedAt = QDateTime::currentDateTimeUtc();
    QStringList text {title};
    for (const Colloquy::Segment &s : segments)
        text += s.paragraphs;
    article.normalizedText = text.join(u'\n');
    article.rawSource = article.normalizedText.toUtf8();
    article.contentHash = Colloquy::contentHashOf(article.normalizedText);
    article.segments = segments;
    return article;
}

} // namespace TestArticles
