#include "compare/bioattributes.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

const QStringList &countries()
{
    static const QStringList names = {u"Afghanistan"_s, u"Albania"_s, u"Algeria"_s, u"Andorra"_s, u"Angola"_s,
        u"Argentina"_s, u"Armenia"_s, u"Australia"_s, u"Austria"_s, u"Azerbaijan"_s, u"Bahrain"_s,
        u"Bangladesh"_s, u"Belarus"_s, u"Belgium"_s, u"Benin"_s, u"Bhutan"_s, u"Bolivia"_s,
        u"Bosnia and Herzegovina"_s, u"Botswana"_s, u"Brazil"_s, u"Brunei"_s, u"Bulgaria"_s,
        u"Burkina Faso"_s, u"Burundi"_s, u"Cambodia"_s, u"Cameroon"_s, u"Canada"_s, u"Chad"_s, u"Chile"_s,
        u"China"_s, u"Colombia"_s, u"Costa Rica"_s, u"Croatia"_s, u"Cuba"_s, u"Cyprus"_s, u"Czech Republic"_s,
        u"Czechia"_s, u"Denmark"_s, u"Djibouti"_s, u"Ecuador"_s, u"Egypt"_s, u"El Salvador"_s, u"Eritrea"_s,
        u"Estonia"_s, u"Eswatini"_s, u"Ethiopia"_s, u"Fiji"_s, u"Finland"_s, u"France"_s, u"Gabon"_s,
        u"Georgia"_s, u"Germany"_s, u"Ghana"_s, u"Greece"_s, u"Guatemala"_s, u"Guinea"_s, u"Haiti"_s,
        u"Honduras"_s, u"Hong Kong"_s, u"Hungary"_s, u"Iceland"_s, u"India"_s, u"Indonesia"_s, u"Iran"_s,
        u"Iraq"_s, u"Ireland"_s, u"Israel"_s, u"Italy"_s, u"Jamaica"_s, u"Japan"_s, u"Jordan"_s,
        u"Kazakhstan"_s, u"Kenya"_s, u"Kosovo"_s, u"Kuwait"_s, u"Kyrgyzstan"_s, u"Laos"_s, u"Latvia"_s,
        u"Lebanon"_s, u"Lesotho"_s, u"Liberia"_s, u"Libya"_s, u"Lithuania"_s, u"Luxembourg"_s, u"Macau"_s,
        u"Madagascar"_s, u"Malawi"_s, u"Malaysia"_s, u"Maldives"_s, u"Mali"_s, u"Malta"_s, u"Mauritania"_s,
        u"Mauritius"_s, u"Mexico"_s, u"Moldova"_s, u"Monaco"_s, u"Mongolia"_s, u"Montenegro"_s, u"Morocco"_s,
        u"Mozambique"_s, u"Myanmar"_s, u"Namibia"_s, u"Nepal"_s, u"the Netherlands"_s, u"Netherlands"_s,
        u"New Zealand"_s, u"Nicaragua"_s, u"Niger"_s, u"Nigeria"_s, u"North Korea"_s, u"North Macedonia"_s,
        u"Norway"_s, u"Oman"_s, u"Pakistan"_s, u"Palestine"_s, u"Panama"_s, u"Papua New Guinea"_s,
        u"Paraguay"_s, u"Peru"_s, u"the Philippines"_s, u"Philippines"_s, u"Poland"_s, u"Portugal"_s,
        u"Qatar"_s, u"Romania"_s, u"Russia"_s, u"Rwanda"_s, u"Saudi Arabia"_s, u"Senegal"_s, u"Serbia"_s,
        u"Sierra Leone"_s, u"Singapore"_s, u"Slovakia"_s, u"Slovenia"_s, u"Somalia"_s, u"South Africa"_s,
        u"South Korea"_s, u"South Sudan"_s, u"Spain"_s, u"Sri Lanka"_s, u"Sudan"_s, u"Sweden"_s,
        u"Switzerland"_s, u"Syria"_s, u"Taiwan"_s, u"Tajikistan"_s, u"Tanzania"_s, u"Thailand"_s, u"Togo"_s,
        u"Trinidad and Tobago"_s, u"Tunisia"_s, u"Turkey"_s, u"Türkiye"_s, u"Turkmenistan"_s, u"Uganda"_s,
        u"Ukraine"_s, u"the United Arab Emirates"_s, u"United Arab Emirates"_s, u"the United Kingdom"_s,
        u"United Kingdom"_s, u"the UK"_s, u"the United States"_s, u"United States"_s, u"the US"_s,
        u"the U.S."_s, u"Uruguay"_s, u"Uzbekistan"_s, u"Venezuela"_s, u"Vietnam"_s, u"Yemen"_s, u"Zambia"_s,
        u"Zimbabwe"_s};
    return names;
}

/// How a bio names a country by its adjective, and the country (the name countries() gives it).
const QHash<QString, QString> &adjectives()
{
    static const QHash<QString, QString> map = {{u"Afghan"_s, u"Afghanistan"_s},
        {u"Algerian"_s, u"Algeria"_s}, {u"American"_s, u"United States"_s}, {u"Argentine"_s, u"Argentina"_s},
        {u"Argentinian"_s, u"Argentina"_s}, {u"Australian"_s, u"Australia"_s}, {u"Austrian"_s, u"Austria"_s},
        {u"Bangladeshi"_s, u"Bangladesh"_s}, {u"Belgian"_s, u"Belgium"_s}, {u"Brazilian"_s, u"Brazil"_s},
        {u"British"_s, u"United Kingdom"_s}, {u"Canadian"_s, u"Canada"_s}, {u"Chilean"_s, u"Chile"_s},
        {u"Chinese"_s, u"China"_s}, {u"Colombian"_s, u"Colombia"_s}, {u"Danish"_s, u"Denmark"_s},
        {u"Dutch"_s, u"Netherlands"_s}, {u"Egyptian"_s, u"Egypt"_s}, {u"Ethiopian"_s, u"Ethiopia"_s},
        {u"Finnish"_s, u"Finland"_s}, {u"French"_s, u"France"_s}, {u"German"_s, u"Germany"_s},
        {u"Ghanaian"_s, u"Ghana"_s}, {u"Greek"_s, u"Greece"_s}, {u"Hungarian"_s, u"Hungary"_s},
        {u"Indian"_s, u"India"_s}, {u"Indonesian"_s, u"Indonesia"_s}, {u"Iranian"_s, u"Iran"_s},
        {u"Irish"_s, u"Ireland"_s}, {u"Israeli"_s, u"Israel"_s}, {u"Italian"_s, u"Italy"_s},
        {u"Japanese"_s, u"Japan"_s}, {u"Kenyan"_s, u"Kenya"_s}, {u"Korean"_s, u"South Korea"_s},
        {u"Malaysian"_s, u"Malaysia"_s}, {u"Mexican"_s, u"Mexico"_s}, {u"Moroccan"_s, u"Morocco"_s},
        {u"Nepalese"_s, u"Nepal"_s}, {u"Nigerian"_s, u"Nigeria"_s}, {u"Norwegian"_s, u"Norway"_s},
        {u"Pakistani"_s, u"Pakistan"_s}, {u"Peruvian"_s, u"Peru"_s}, {u"Filipino"_s, u"Philippines"_s},
        {u"Polish"_s, u"Poland"_s}, {u"Portuguese"_s, u"Portugal"_s}, {u"Romanian"_s, u"Romania"_s},
        {u"Russian"_s, u"Russia"_s}, {u"Rwandan"_s, u"Rwanda"_s}, {u"Saudi"_s, u"Saudi Arabia"_s},
        {u"Senegalese"_s, u"Senegal"_s}, {u"Singaporean"_s, u"Singapore"_s},
        {u"South African"_s, u"South Africa"_s}, {u"Spanish"_s, u"Spain"_s},
        {u"Sri Lankan"_s, u"Sri Lanka"_s}, {u"Swedish"_s, u"Sweden"_s}, {u"Swiss"_s, u"Switzerland"_s},
        {u"Taiwanese"_s, u"Taiwan"_s}, {u"Tanzanian"_s, u"Tanzania"_s}, {u"Thai"_s, u"Thailand"_s},
        {u"Tunisian"_s, u"Tunisia"_s}, {u"Turkish"_s, u"Turkey"_s}, {u"Ugandan"_s, u"Uganda"_s},
        {u"Ukrainian"_s, u"Ukraine"_s}, {u"Venezuelan"_s, u"Venezuela"_s}, {u"Vietnamese"_s, u"Vietnam"_s},
        {u"Zambian"_s, u"Zambia"_s}, {u"Zimbabwean"_s, u"Zimbabwe"_s}};
    return map;
}

/// Words that make a capitalised phrase an organisation.
const QStringList &organisationWords()
{
    static const QStringList words = {u"University"_s, u"Institute"_s, u"Institution"_s, u"Council"_s,
        u"Centre"_s, u"Center"_s, u"Foundation"_s, u"Ministry"_s, u"School"_s, u"College"_s, u"Academy"_s,
        u"Association"_s, u"Organization"_s, u"Organisation"_s, u"Agency"_s, u"Commission"_s, u"Forum"_s,
        u"Group"_s, u"Bank"_s, u"Fund"_s, u"Society"_s, u"Office"_s, u"Department"_s, u"Committee"_s,
        u"Company"_s, u"Corporation"_s, u"Review"_s, u"Times"_s, u"Post"_s, u"Press"_s, u"Initiative"_s,
        u"Programme"_s, u"Program"_s, u"Network"_s, u"Alliance"_s, u"Union"_s, u"Trust"_s, u"Laboratory"_s,
        u"Lab"_s, u"Observatory"_s, u"Partners"_s, u"Consulting"_s};
    return words;
}

/// The country `phrase` names (its canonical spelling without `the`), or empty.
QString countryNamed(QStringView phrase)
{
    for (const QString &name : countries()) {
        if (phrase.compare(name, Qt::CaseSensitive) == 0)
            return name.startsWith(u"the "_s) ? name.mid(4) : name;
    }
    return {};
}

/// The country named at the start of `text` (the longest name), or empty.
QString countryAtStart(QStringView text)
{
    QString found;
    for (const QString &name : countries()) {
        if (name.size() > found.size() && text.startsWith(name) &&
            (text.size() == name.size() || !text.at(name.size()).isLetter()))
            found = name;
    }
    return found.startsWith(u"the "_s) ? found.mid(4) : found;
}

/// The clause a phrase runs to: up to a comma, semicolon, full stop or `and`.
QString clauseAt(QStringView text)
{
    static const QRegularExpression end(u"[,;()]|\\.(\\s|$)|\\s(and|who|where|which|since|from|in|at)\\s"_s);
    const QRegularExpressionMatch m = end.match(text.toString());
    return (m.hasMatch() ? text.left(m.capturedStart()) : text).trimmed().toString();
}

bool namesOrganisation(const QString &phrase)
{
    const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || !words.constFirst().front().isUpper())
        return false;
    return std::any_of(
        words.cbegin(), words.cend(), [](const QString &w) { return organisationWords().contains(w); });
}

/// `a`, `an`, `the` at the start of a phrase go.
QString withoutArticle(QString phrase)
{
    for (const QString &article : {u"a "_s, u"an "_s, u"the "_s, u"A "_s, u"An "_s, u"The "_s}) {
        if (phrase.startsWith(article))
            return phrase.mid(article.size()).trimmed();
    }
    return phrase;
}

void add(QList<BioFact> &facts, const QString &attribute, const QString &value, AttributeType type)
{
    if (value.isEmpty())
        return;
    for (const BioFact &f : std::as_const(facts)) {
        if (f.attribute == attribute)
            return; // the first statement wins
    }
    facts.append({attribute, value, type});
}

void readCountry(const QString &bio, QList<BioFact> &facts)
{
    static const QRegularExpression before(u"\\b(?:from|in|of)\\s+"_s);
    for (auto it = before.globalMatch(bio); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString country = countryAtStart(QStringView(bio).mid(m.capturedEnd()));
        if (!country.isEmpty())
            return add(facts, u"country"_s, country, AttributeType::Category);
    }
    static const QRegularExpression adjective = [] {
        QStringList words = adjectives().keys();
        // Longest first: `South African` before `African`.
        std::sort(words.begin(), words.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (QString &word : words)
            word = QRegularExpression::escape(word);
        return QRegularExpression(u"\\b(%1)\\b"_s.arg(words.join(u'|')));
    }();
    const QRegularExpressionMatch m = adjective.match(bio);
    if (m.hasMatch())
        add(facts, u"country"_s, adjectives().value(m.captured(1)), AttributeType::Category);
}

/// The last clause of `text`: after its last comma, semicolon or bracket, without `now`.
QString lastClause(QStringView text)
{
    static const QRegularExpression separator(u"[,;()]"_s);
    QString clause = text.mid(text.toString().lastIndexOf(separator) + 1).trimmed().toString();
    if (clause.startsWith(u"now "_s))
        clause = clause.mid(4);
    return withoutArticle(clause);
}

/// Reads the organisation after `link` (` at `, else ` of ` or ` with ` naming one) and the role before it.
bool readLink(const QString &bio, const QRegularExpression &link, bool anyCapitalised, QList<BioFact> &facts)
{
    for (auto it = link.globalMatch(bio); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString organisation = withoutArticle(clauseAt(QStringView(bio).mid(m.capturedEnd())));
        const bool named = anyCapitalised && !organisation.isEmpty() && organisation.front().isUpper() &&
            countryNamed(organisation).isEmpty();
        if (!named && !namesOrganisation(organisation))
            continue;
        add(facts, u"affiliation"_s, organisation, AttributeType::Text);
        const QString role = lastClause(QStringView(bio).left(m.capturedStart()));
        if (!role.isEmpty() && role.count(u' ') < 6 && !role.contains(u':'))
            add(facts, u"role"_s, role, AttributeType::Category);
        return true;
    }
    return false;
}

void readAffiliationAndRole(const QString &bio, QList<BioFact> &facts)
{
    static const QRegularExpression at(u"\\sat\\s+"_s);
    static const QRegularExpression ofOrWith(u"\\s(?:of|with)\\s+"_s);
    if (!readLink(bio, at, true, facts))
        readLink(bio, ofOrWith, false, facts);
}

} // namespace

QList<BioFact> BioAttributeReader::read(const QString &bio)
{
    QList<BioFact> facts;
    const QString text = bio.simplified();
    if (text.isEmpty())
        return facts;
    readAffiliationAndRole(text, facts);
    readCountry(text, facts);
    return facts;
}

} // namespace Colloquy
