#include "reader/articleshape.h"

#include "reader/articleparts.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// Labels and names that say a voice asks: `Q`, `Moderator`, `主持人` …
bool namesAnAsker(const QString &text)
{
    static const QRegularExpression asker(
        u"^\\W*(q|question|questions|interviewer|moderator|host|chair|chairman|chairwoman|presenter|"
        u"anchor|reporter|journalist|问|記者|记者|主持人)\\W*$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return asker.match(text).hasMatch();
}

bool bioNamesAnAsker(const QString &bio)
{
    static const QRegularExpression role(u"\\b(moderator|interviewer|host|moderated|interviewed)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return role.match(bio).hasMatch();
}

bool endsWithQuestion(const ArticleParts::Turn &turn)
{
    const QString last = turn.paragraphs.isEmpty() ? QString() : turn.paragraphs.constLast().trimmed();
    return last.endsWith(u'?') || last.endsWith(u'？');
}

} // namespace

QString articleShapeName(ArticleShape shape)
{
    switch (shape) {
    case ArticleShape::Roundtable:
        return u"roundtable"_s;
    case ArticleShape::Interview:
        return u"interview"_s;
    case ArticleShape::Briefing:
        return u"briefing"_s;
    case ArticleShape::Transcript:
        return u"transcript"_s;
    }
    return u"roundtable"_s;
}

int questionerOf(const ArticleParts &parts)
{
    const QList<int> counts = parts.turnCounts();
    int best = -1;
    for (int v = 0; v < int(parts.voices.size()); ++v) {
        const ArticleParts::Voice &voice = parts.voices.at(v);
        if ((namesAnAsker(voice.name) || namesAnAsker(voice.label) || bioNamesAnAsker(voice.bio)) &&
            (best < 0 || counts.at(v) > counts.at(best)))
            best = v;
    }
    if (best >= 0)
        return best;
    // Otherwise the voice most of whose turns (two at least) are questions.
    QList<int> questions(parts.voices.size(), 0);
    for (const ArticleParts::Turn &turn : parts.turns) {
        if (turn.voice >= 0 && endsWithQuestion(turn))
            ++questions[turn.voice];
    }
    double bestShare = 0.6;
    for (int v = 0; v < int(parts.voices.size()); ++v) {
        const double share = counts.at(v) >= 2 ? double(questions.at(v)) / counts.at(v) : 0.0;
        if (share >= bestShare) {
            bestShare = share;
            best = v;
        }
    }
    return best;
}

ArticleShape articleShapeOf(const ArticleParts &parts)
{
    const int voices = int(parts.voices.size());
    const QList<int> counts = parts.turnCounts();
    int turns = 0;
    for (const int count : counts)
        turns += count;
    if (voices < 2 || turns < 4)
        return ArticleShape::Roundtable;
    // How often a voice speaks again right after one other voice: A B A B.
    QList<int> speaking;
    for (const ArticleParts::Turn &turn : parts.turns) {
        if (turn.voice >= 0)
            speaking.append(turn.voice);
    }
    int returns = 0;
    for (qsizetype i = 2; i < speaking.size(); ++i)
        returns += speaking.at(i) == speaking.at(i - 2) ? 1 : 0;
    const double alternation = double(returns) / double(speaking.size() - 2);
    const int questioner = questionerOf(parts);
    if (voices <= 3 && (questioner >= 0 || alternation >= 0.6))
        return ArticleShape::Interview;
    // One voice answers most of the questions of several others.
    const int answerer = int(std::max_element(counts.cbegin(), counts.cend()) - counts.cbegin());
    if (answerer != questioner && counts.at(answerer) * 2 >= turns && voices >= 4)
        return ArticleShape::Briefing;
    const double turnsPerVoice = double(turns) / voices;
    if (turns >= 40 || (turns >= 12 && turnsPerVoice >= 3) || (questioner >= 0 && turnsPerVoice >= 2.5))
        return ArticleShape::Transcript;
    return ArticleShape::Roundtable;
}

ArticleLayout layoutForShape(ArticleShape shape, ArticleLayout paneLayout)
{
    if (shape == ArticleShape::Roundtable)
        return paneLayout == ArticleLayout::Conversation ? ArticleLayout::SideBySide : paneLayout;
    return ArticleLayout::Conversation;
}

} // namespace Colloquy
