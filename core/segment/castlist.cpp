#include "segment/castlist.h"

#include "regexview.h"

#include "segment/speakerheaderparser.h"
#include "segment/textrules.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// A word of a name: `Jean-Pierre`, `O'Connor`, `F.`, `KIRBY`; not a word in lower case or with digits.
bool isNameToken(QStringView word)
{
    if (word.isEmpty() || !word.at(0).isUpper())
        return false;
    for (const QChar c : word) {
        if (!c.isLetter() && c != u'-' && c != u'.' && !isApostrophe(c))
            return false;
    }
    return true;
}

bool isCapitals(QStringView word)
{
    bool letter = false;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            letter = true;
        }
    }
    return letter;
}

bool isInitial(QStringView word)
{
    return word.size() == 2 && word.at(0).isUpper() && word.at(1) == u'.';
}

QString keyOf(QStringView word)
{
    QString key = word.toString().toCaseFolded();
    key.replace(u'\u2019', u'\'');
    while (key.endsWith(u'.'))
        key.chop(1);
    return key;
}

// Words that stand before names without being part of them: titles, sentence openers, occupations.
bool isLeadingNoise(QStringView word)
{
    return TurnLabelParser::isTitleWord(word) || TextRules::isSentenceOpener(word) ||
        TextRules::isRoleNoun(word) || TextRules::isHonorific(word);
}

// Capital words that are never names in prose: months, days, and the capitals of headings.
bool isNeverName(QStringView word)
{
    static const QStringList words {u"january"_s, u"february"_s, u"march"_s, u"april"_s, u"may"_s, u"june"_s,
        u"july"_s, u"august"_s, u"september"_s, u"october"_s, u"november"_s, u"december"_s, u"monday"_s,
        u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s, u"saturday"_s, u"sunday"_s, u"of"_s,
        u"and"_s, u"the"_s, u"for"_s, u"on"_s, u"in"_s, u"to"_s, u"at"_s, u"by"_s, u"with"_s};
    return words.contains(keyOf(word));
}

/// Splits prose into runs of capitalised words, ends at punctuation that ends a name.
template<typename Function>
void forEachCapitalRun(QStringView text, Function function)
{
    QList<QStringView> run;
    qsizetype i = 0;
    // `Secretary of State Tony Blinken`: a run after `of` that follows a capital word goes on naming an
    // office, so its first word is the office's, not the person's.
    QStringView previous;
    QStringView beforePrevious;
    bool officeContinues = false;
    auto flush = [&](QChar after) {
        // One capitalised word names nobody by itself (most are sentence openers).
        if (run.size() >= 2) {
            if (officeContinues && run.size() >= 3) {
                qsizetype first = run.size() - 2;
                while (first > 0 && isInitial(run.at(first)))
                    --first;
                run = run.mid(first);
            }
            function(run, after);
        }
        run.clear();
    };
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
        QStringView token = text.sliced(start, i - start);
        // Most words start in lower case: they end a run, or sit in one as a particle (`de`, `van`).
        if (!token.isEmpty() && token.front().isLower() &&
            (run.isEmpty() || !TextRules::isNameParticle(token))) {
            flush(QChar());
            beforePrevious = previous;
            previous = token;
            continue;
        }
        // Punctuation that ends the run: a comma, a colon, a closing quote or bracket.
        QChar after;
        while (!token.isEmpty() && !token.back().isLetter() && token.back() != u'.') {
            after = token.back();
            token.chop(1);
        }
        // `Kirby.`: the name ends the sentence (`F.` and `Dr.` do not, nor `D.C.`).
        bool endsSentence = false;
        if (token.endsWith(u'.') && token.count(u'.') == 1 && token.size() > 2 &&
            !TextRules::isHonorific(token)) {
            token.chop(1);
            endsSentence = true;
        }
        while (!token.isEmpty() && !token.front().isLetter())
            token = token.sliced(1);
        if (isNameToken(token)) {
            if (run.isEmpty())
                officeContinues = (previous == u"of"_s || previous == u"for"_s) &&
                    !beforePrevious.isEmpty() && beforePrevious.at(0).isUpper();
            run.append(token);
            if (!after.isNull() || endsSentence)
                flush(endsSentence ? u'.' : after);
        } else if (!token.isEmpty() && !run.isEmpty() && TextRules::isNameParticle(token)) {
            run.append(token);
        } else {
            flush(QChar());
        }
        beforePrevious = previous;
        previous = token;
    }
    flush(QChar());
}

// The last word of an organisation's or a place's name: `Harbour Trust`, `Ekby Gazette` name nobody.
bool isOrganisationWord(QStringView word)
{
    // Only words that are no one's surname: `Park`, `Hall` or `Marsh` may well be.
    static const QStringList words {u"university"_s, u"institute"_s, u"college"_s, u"school"_s, u"council"_s,
        u"trust"_s, u"foundation"_s, u"society"_s, u"association"_s, u"agency"_s, u"authority"_s,
        u"ministry"_s, u"department"_s, u"office"_s, u"bureau"_s, u"commission"_s, u"committee"_s,
        u"company"_s, u"corporation"_s, u"gazette"_s, u"news"_s, u"review"_s, u"herald"_s, u"journal"_s,
        u"courier"_s, u"ledger"_s, u"tribune"_s, u"radio"_s, u"television"_s, u"cinema"_s, u"museum"_s,
        u"library"_s, u"hospital"_s, u"centre"_s, u"center"_s, u"club"_s, u"party"_s, u"federation"_s,
        u"magazine"_s, u"weekly"_s, u"daily"_s, u"observer"_s, u"chronicle"_s, u"network"_s, u"forum"_s,
        u"airport"_s, u"republic"_s, u"kingdom"_s, u"ltd"_s, u"inc"_s};
    return words.contains(keyOf(word));
}

QString joined(const QList<QStringView> &words)
{
    QString result;
    for (const QStringView word : words) {
        if (!result.isEmpty())
            result += u' ';
        result += word;
    }
    return result;
}

// Up to five capitalised words; nameFromRun() then keeps the name at their end.
const QString &nameGroup()
{
    static const QString pattern =
        u"(\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}'\u2019-]+){1,4})"_s;
    return pattern;
}

// The person's name in a run of capitalised words: titles, sentence openers and offices before it
// dropped, one given name (and initials) kept when the run is long (`Domestic Policy Advisor Susan Rice`).
QString nameFromRun(const QString &run)
{
    QList<QStringView> words = QStringView(run).split(u' ', Qt::SkipEmptyParts);
    while (!words.isEmpty() && isLeadingNoise(words.constFirst()))
        words.removeFirst();
    if (words.size() > 3) {
        qsizetype first = words.size() - 2;
        while (first > 0 && isInitial(words.at(first)))
            --first;
        words = words.mid(first);
    }
    return words.size() >= 2 ? joined(words) : QString();
}

} // namespace

void CastList::addPerson(const QString &name)
{
    const auto words = QStringView(name).split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return;
    const QString surname = keyOf(words.constLast());
    const QString given = keyOf(words.constFirst());
    if (surname.size() < 2 || given.size() < 1)
        return;
    bool mixed = false;
    for (const QStringView word : words)
        mixed = mixed || !isCapitals(word);
    const QString key = surname + u' ' + given;
    if (const auto found = m_personIndex.constFind(key); found != m_personIndex.cend()) {
        Person &person = m_people[*found];
        // Keep the fullest form; prefer the way prose prints it over capitals.
        if ((mixed && !person.mixedCase) || (mixed == person.mixedCase && name.size() > person.name.size())) {
            person.name = name;
            person.mixedCase = mixed;
        }
        return;
    }
    m_personIndex.insert(key, m_people.size());
    m_people.append({name, surname, given, mixed});
}

void CastList::addPrinted(const QString &name)
{
    QList<QStringView> words;
    for (const QStringView word : QStringView(name).split(u' ', Qt::SkipEmptyParts)) {
        if (words.isEmpty() && (isLeadingNoise(word) || word == u"THE"_s))
            continue;
        words.append(word);
    }
    if (words.size() >= 2 && words.size() <= 4)
        addPerson(joined(words));
}

void CastList::addOutlet(const QString &outlet)
{
    if (!m_outlets.contains(outlet))
        m_outlets.append(outlet);
}

void CastList::addProse(QStringView text, bool intro)
{
    forEachCapitalRun(text, [&](const QList<QStringView> &run, QChar after) {
        QList<QStringView> words = run;
        // A run in capitals is a name only when short and set off (`DOC MIRELSON, Office of…`).
        const bool capitals =
            std::all_of(words.cbegin(), words.cend(), [](QStringView w) { return isCapitals(w); });
        if (capitals && (words.size() > 3 || (after != u',' && after != QChar())))
            return;
        while (!words.isEmpty() && isLeadingNoise(words.constFirst()))
            words.removeFirst();
        while (!words.isEmpty() && isNeverName(words.constLast()))
            words.removeLast();
        if (words.size() < 2)
            return;
        if (std::any_of(words.cbegin(), words.cend(), [](QStringView w) { return isNeverName(w); }) ||
            isOrganisationWord(words.constLast()))
            return;
        // A long run mixes an office with the name (`Strategic Communications John Kirby`).
        const QString name = nameFromRun(joined(words));
        if (name.isEmpty())
            return;
        addPerson(name);
        if (intro && !m_introPeople.contains(name))
            m_introPeople.append(name);
    });

    if (text.contains(u'(') || text.contains(u'\uff08')) {
        // `Daniel Gros (Gros)`, `the Global Times (GT)`: aliases the prose defines.
        static const QRegularExpression aliasPattern(
            u"((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){0,4}\\p{Lu}[\\p{L}'\u2019.-]*)\\s*[(\uff08]([^()\uff08\uff09]{1,30})[)\uff09]"_s);
        for (auto it = globalMatchView(aliasPattern, text); it.hasNext();) {
            const auto match = it.next();
            const QString alias = match.captured(2).trimmed();
            if (m_aliases.contains(alias))
                continue;
            qsizetype before = match.capturedStart(1);
            while (before > 0 && text.at(before - 1) == u' ')
                --before;
            const bool sentenceStart =
                before == 0 || QStringView(u".!?:\"\u201c\u201d").contains(text.at(before - 1));
            QStringList words = match.captured(1).trimmed().split(u' ', Qt::SkipEmptyParts);
            // `January. Halvorsen`: a word with a full stop that is no abbreviation ends a sentence.
            for (qsizetype i = words.size() - 2; i >= 0; --i) {
                const QString &word = words.at(i);
                const bool hasLower =
                    std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); });
                if (word.endsWith(u'.') && hasLower && !TextRules::isHonorific(word)) {
                    words.remove(0, i + 1);
                    break;
                }
            }
            while (words.size() > 1 &&
                ((sentenceStart && TextRules::isSentenceOpener(words.constFirst())) ||
                    TextRules::isRoleNoun(words.constFirst())))
                words.removeFirst();
            m_aliases.insert(alias, words.join(u' '));
        }
    }
    if (intro) {
        readRoles(text);
        readInterview(text);
    }
}

void CastList::readRoles(QStringView text)
{
    // `moderated by Inez Harlow`, `The committee's chair, Senator Orla Fenwick`, `Ruth Anand, … (moderator)`.
    static const QRegularExpression byPattern(
        u"\\b([Mm]oderated|[Cc]haired|[Hh]osted|[Pp]resented)\\s+by\\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+)?"_s +
        nameGroup());
    static const QRegularExpression rolePattern(
        u"\\b(chair|chairman|chairwoman|chairperson|moderator|host|presenter|interviewer)\\b,?\\s+"
        u"(?:(?:Senator|Sen\\.|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?|Prof\\.?|Councillor|Judge|Rep\\.|Representative)\\s+)?"_s +
        nameGroup());
    static const QRegularExpression appositive(nameGroup() +
        u",\\s+(?:the\\s+|our\\s+)?(?:[\\p{Ll}']+\\s+)?(chair|chairman|chairwoman|moderator|host|presenter)\\b"_s);
    static const QHash<QString, QString> canonical {{u"moderated"_s, u"moderator"_s},
        {u"chaired"_s, u"chair"_s}, {u"hosted"_s, u"host"_s}, {u"presented"_s, u"presenter"_s},
        {u"chairman"_s, u"chair"_s}, {u"chairwoman"_s, u"chair"_s}, {u"chairperson"_s, u"chair"_s}};
    auto insert = [&](const QString &role, const QString &run) {
        const QString key = canonical.value(role.toLower(), role.toLower());
        const QString name = nameFromRun(run);
        if (!name.isEmpty() && !m_roles.contains(key))
            m_roles.insert(key, name);
    };
    for (auto it = globalMatchView(byPattern, text); it.hasNext();) {
        const auto match = it.next();
        insert(match.captured(1), match.captured(2));
    }
    static const QRegularExpression capsBy(
        u"\\b(Moderated|Chaired|Hosted|Presented) by ((?:\\p{Lu}{2,}\\s){1,2}\\p{Lu}{2,})\\b"_s);
    for (auto it = globalMatchView(capsBy, text); it.hasNext();) {
        const auto match = it.next();
        insert(match.captured(1), match.captured(2));
    }
    for (auto it = globalMatchView(rolePattern, text); it.hasNext();) {
        const auto match = it.next();
        insert(match.captured(1), match.captured(2));
    }
    for (auto it = globalMatchView(appositive, text); it.hasNext();) {
        const auto match = it.next();
        insert(match.captured(2), match.captured(1));
    }
}

void CastList::readInterview(QStringView text)
{
    // Who asks: `spoke to Marta Oyelowo of the Ekby Gazette`, `talked to the Tideway Review`,
    // `Reporter Liesel Braun asked him`, `She told Benjamin Ode what happened`.
    static const QRegularExpression toPattern(
        u"\\b(?:spoke|talked|speaks|talks|spoken|talking|told|tells)(?:\\s+(?:to|with))?\\s+"
        u"(?:(the|The)\\s+)?((?:\\p{Lu}[\\p{L}'\u2019-]+)(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3})"_s);
    static const QRegularExpression reporterPattern(
        u"\\b(?:[Rr]eporter|[Cc]orrespondent|[Jj]ournalist|[Ii]nterviewer|[Hh]ost)\\s+"_s + nameGroup());
    static const QRegularExpression interviewedBy(u"\\binterviewed\\s+by\\s+"_s + nameGroup());
    if (m_interviewer.isEmpty()) {
        for (const auto *pattern : {&reporterPattern, &interviewedBy}) {
            if (const auto match = matchView(*pattern, text); match.hasMatch() && m_interviewer.isEmpty())
                m_interviewer = nameFromRun(match.captured(1));
        }
    }
    for (auto it = globalMatchView(toPattern, text); it.hasNext();) {
        const auto match = it.next();
        const QString who = match.captured(2);
        const bool article = !match.captured(1).isEmpty();
        const auto words = QStringView(who).split(u' ');
        const bool person = !article && words.size() >= 2 && words.size() <= 3 &&
            SpeakerHeaderParser::personNameWords(who) >= 2;
        if (person && m_interviewer.isEmpty()) {
            m_interviewer = who;
        } else if (article && m_interviewerOutlet.isEmpty()) {
            m_interviewerOutlet = match.captured(1) == u"The"_s ? u"The "_s + who : who;
            addOutlet(m_interviewerOutlet);
        }
    }
}

QString CastList::interviewee() const
{
    for (const QString &name : m_introPeople) {
        if (name != m_interviewer && !m_interviewerOutlet.contains(name))
            return name;
    }
    return QString();
}

QString CastList::personBySurname(const QString &surnameKey) const
{
    const Person *found = nullptr;
    for (const Person &person : m_people) {
        if (person.surname != surnameKey)
            continue;
        if (found) {
            // `Norm Augustine` and `Norman Augustine` are one person; `John` and `Jane Smith` two.
            const bool compatible =
                found->given.startsWith(person.given) || person.given.startsWith(found->given);
            if (!compatible)
                return QString();
            if (person.name.size() > found->name.size() && person.mixedCase >= found->mixedCase)
                found = &person;
            continue;
        }
        found = &person;
    }
    return found ? found->name : QString();
}

QString CastList::fullForm(const QString &capitalsName) const
{
    // The same name as prose prints it: `JOHN F. KIRBY` → `John F. Kirby`.
    const auto words = QStringView(capitalsName).split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return QString();
    const QString surname = keyOf(words.constLast());
    const QString given = keyOf(words.constFirst());
    for (const Person &person : m_people) {
        if (person.mixedCase && person.surname == surname && person.given == given)
            return person.name;
    }
    return QString();
}

QString CastList::resolve(const TurnLabel &turn) const
{
    const QString &label = turn.label;
    if (turn.form == TurnLabel::Form::QuestionAnswer) {
        if (label == u"Q"_s || label == u"Question"_s)
            return interviewer();
        return interviewee();
    }
    if (const QString alias = m_aliases.value(label); !alias.isEmpty())
        return alias;
    if (turn.form == TurnLabel::Form::Ideographic)
        return QString();

    // `TR` for `The Review`, `GT` for `the Global Times`: an outlet's initials.
    if (turn.form == TurnLabel::Form::Capitals && label.size() >= 2 && label.size() <= 4 &&
        !label.contains(u' ')) {
        for (const QString &outlet : m_outlets) {
            QString initials;
            QString withoutThe;
            const auto words = QStringView(outlet).split(u' ', Qt::SkipEmptyParts);
            for (const QStringView word : words) {
                initials += word.at(0).toUpper();
                if (word != u"The"_s)
                    withoutThe += word.at(0).toUpper();
            }
            if (label == initials || label == withoutThe)
                return outlet;
        }
    }

    // A role alone: `CHAIR`, `MODERATOR`, `The CHAIR`, `HOST`.
    QString roleKey = label.toLower();
    if (roleKey.startsWith(u"the "_s))
        roleKey = roleKey.mid(4);
    if (const QString person = m_roles.value(roleKey); !person.isEmpty())
        return person;

    // Titles and honorifics before a surname: `MS. JEAN-PIERRE`, `AMBASSADOR RICE`, `Mr. Bejar`, `OKAFOR`.
    QList<QStringView> words;
    for (const QStringView word : QStringView(label).split(u' ', Qt::SkipEmptyParts)) {
        if (words.isEmpty() && (TurnLabelParser::isTitleWord(word) || word == u"The"_s || word == u"THE"_s))
            continue;
        words.append(word);
    }
    if (words.isEmpty() || !turn.occupant.isEmpty())
        return QString();
    if (words.size() == 1) {
        if (words.constFirst().size() < 2 || !words.constFirst().at(0).isUpper())
            return QString();
        return personBySurname(keyOf(words.constFirst()));
    }
    // A full name already: only its prose form (`JOHN F. KIRBY` → `John F. Kirby`) replaces it; a name
    // printed in ordinary case stays as printed, honorific and all.
    if (std::all_of(words.cbegin(), words.cend(), [](QStringView word) { return isCapitals(word); }))
        return fullForm(joined(words));
    return QString();
}

} // namespace Colloquy
