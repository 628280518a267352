#include "segment/stagedirections.h"

#include "regexview.h"

#include "segment/speakerheaderparser.h"
#include "segment/textrules.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

bool StageDirections::isStageDirection(QStringView line)
{
    if (line.size() < 3 || line.size() > 90)
        return false;
    const QChar open = line.front();
    const QChar close = line.back();
    if (!((open == u'[' && close == u']') || (open == u'(' && close == u')')))
        return false;
    const QStringView inside = line.sliced(1, line.size() - 2).trimmed();
    if (inside.isEmpty() || inside.contains(u'[') || inside.contains(u']') || inside.contains(u'(') ||
        std::any_of(inside.begin(), inside.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    static const QSet<QString> known {u"applause"_s, u"laughter"_s, u"laughs"_s, u"crosstalk"_s,
        u"inaudible"_s, u"music"_s, u"silence"_s, u"pause"_s, u"break"_s, u"recess"_s, u"cheers"_s,
        u"cheering"_s, u"boos"_s, u"booing"_s, u"sighs"_s, u"coughs"_s, u"unintelligible"_s, u"off mic"_s,
        u"off-mic"_s, u"end of transcript"_s, u"end"_s, u"bell rings"_s, u"gavel"_s, u"no response"_s,
        u"overlapping voices"_s, u"foreign language"_s, u"speaking foreign language"_s};
    QString key = inside.toString().toLower();
    while (key.endsWith(u'.'))
        key.chop(1);
    if (known.contains(key))
        return true;
    // `[BELL RINGS]`, `(INTERRUPTION)`: words in capitals; `[Witness is sworn in.]`: a recorder's sentence.
    bool lower = false;
    bool upper = false;
    for (const QChar c : inside) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
    }
    if (upper && !lower && TextRules::wordCount(inside) <= 5)
        return true;
    return inside.endsWith(u'.') && TextRules::wordCount(inside) >= 3;
}

bool StageDirections::isProcedural(QStringView line)
{
    if (line.size() > 200 || !line.endsWith(u'.'))
        return false;
    static const QRegularExpression procedural(
        u"^(?:The (?:(?:legislative|assistant|reading|journal) )?[Cc]lerk (?:proceeded|read|called|will|"
        u"reported|announced)\\b|The (?:question|motion|amendment|resolution|bill|nomination|vote) "
        u"(?:was|is) "
        u"(?:agreed|adopted|rejected|passed|taken|read|ordered|laid)\\b|There being no "
        u"objection\\b|Whereupon\\b|"
        u"(?:The )?(?:Senate|House|committee|Committee|subcommittee|Subcommittee) (?:stood|was) (?:adjourned|"
        u"recessed|in recess)\\b|A quorum call was\\b)"_s);
    return matchView(procedural, line).hasMatch();
}

bool StageDirections::parseSignature(QStringView line, QString *name, QString *bio)
{
    if (line.size() < 5 || line.size() > 120)
        return false;
    qsizetype start = 0;
    if (line.startsWith(u"--"_s))
        start = 2;
    else if (line.front() == u'\u2014' || line.front() == u'\u2013')
        start = 1;
    else
        return false;
    while (start < line.size() && line.at(start) == u' ')
        ++start;
    const QStringView rest = line.sliced(start);
    const qsizetype comma = rest.indexOf(u',');
    const QStringView who = (comma < 0 ? rest : rest.first(comma)).trimmed();
    if (SpeakerHeaderParser::personNameWords(who) < 2)
        return false;
    const QStringView after = comma < 0 ? QStringView() : rest.sliced(comma + 1).trimmed();
    // The bio names places and jobs; a sentence there (`—Ana Lima is a teacher.`) is no signature.
    if (TextRules::wordCount(after) > 10)
        return false;
    const qsizetype end = TextRules::findSentenceEnd(after);
    if (end >= 0 && end + 1 < after.size())
        return false;
    *name = who.toString();
    *bio = after.isEmpty() ? QString() : after.toString();
    return true;
}

} // namespace Colloquy
