#include "model/librarylocation.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

const QStringList PostgresSchemes = {u"postgresql"_s, u"postgres"_s};

/// False when a '%' is not followed by two hex digits (libpq refuses those too).
bool validPercentEncoding(const QString &text)
{
    static const QRegularExpression badEscape(u"%(?![0-9A-Fa-f]{2})"_s);
    return !badEscape.match(text).hasMatch();
}

QString decoded(const QString &text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

Failure malformed(const QString &uri, const QString &why)
{
    return Failure {u"'%1' is not a valid PostgreSQL URI: %2."_s.arg(uri, why)};
}

/// Reads "host", "host:port", "[v6]:port" or "" into the location's host and port.
std::optional<QString> parseHostSpec(const QString &spec, QString *host, QString *portText)
{
    if (spec.contains(u','))
        return u"several hosts are not supported"_s;
    if (spec.startsWith(u'[')) {
        const qsizetype close = spec.indexOf(u']');
        if (close < 0)
            return u"the IPv6 address lacks its closing ']'"_s;
        *host = spec.mid(1, close - 1);
        const QString after = spec.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return u"unexpected '%1' after the IPv6 address"_s.arg(after);
        *portText = after.mid(1);
        return std::nullopt;
    }
    const qsizetype colon = spec.indexOf(u':');
    *host = decoded(spec.left(colon < 0 ? spec.size() : colon));
    *portText = colon < 0 ? QString() : spec.mid(colon + 1);
    return std::nullopt;
}

/// The port in `text` (empty: 0); nullopt when it is not 1…65535.
std::optional<int> parsePort(const QString &text)
{
    if (text.isEmpty())
        return 0;
    static const QRegularExpression digits(u"^[0-9]{1,5}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

} // namespace

LibraryLocation LibraryLocation::file(const QString &path)
{
    LibraryLocation location;
    location.m_path = path;
    return location;
}

// One pass over libpq's URI grammar: scheme://[user[:password]@][host][:port][/dbname][?name=value&…]
Result<LibraryLocation> LibraryLocation::parse(const QString &text)
{
    if (text.isEmpty())
        return Failure {u"No library location given: name a file or a postgresql:// URI."_s};
    static const QRegularExpression schemePattern(u"^([A-Za-z][A-Za-z0-9+.-]*):(//)?"_s);
    const QRegularExpressionMatch scheme = schemePattern.match(text);
    const QString schemeName = scheme.captured(1).toLower();
    const bool postgres = PostgresSchemes.contains(schemeName);
    if (!scheme.hasMatch() || (!postgres && !scheme.hasCaptured(2)))
        return file(text);
    if (schemeName == u"file"_s)
        return file(QUrl(text).toLocalFile());
    if (!postgres) {
        return Failure {u"'%1' is not a library location: name a file, or a PostgreSQL database as "
                        u"postgresql://user@host/dbname."_s.arg(text)};
    }
    if (!scheme.hasCaptured(2))
        return malformed(text, u"it must start with %1://"_s.arg(scheme.captured(1)));
    if (!validPercentEncoding(text))
        return malformed(text, u"a '%' must be followed by two hexadecimal digits"_s);

    LibraryLocation location;
    location.m_kind = Kind::PostgreSql;
    QString rest = text.mid(scheme.capturedLength());
    const qsizetype question = rest.indexOf(u'?');
    const QString query = question < 0 ? QString() : rest.mid(question + 1);
    rest = rest.left(question < 0 ? rest.size() : question);
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = rest.left(slash < 0 ? rest.size() : slash);
    location.m_database = slash < 0 ? QString() : decoded(rest.mid(slash + 1));

    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userSpec = authority.left(at);
        const qsizetype colon = userSpec.indexOf(u':');
        location.m_user = decoded(userSpec.left(colon < 0 ? userSpec.size() : colon));
        location.m_password = colon < 0 ? QString() : decoded(userSpec.mid(colon + 1));
    }
    QString portText;
    if (const auto problem = parseHostSpec(authority.mid(at + 1), &location.m_host, &portText))
        return malformed(text, *problem);
    if (const auto problem = location.readParameters(query, &portText))
        return malformed(text, *problem);
    const std::optional<int> port = parsePort(portText);
    if (!port)
        return malformed(text, u"the port '%1' is not a number from 1 to 65535"_s.arg(portText));
    location.m_port = *port;
    return location;
}

std::optional<QString> LibraryLocation::readParameters(const QString &query, QString *portText)
{
    static const QRegularExpression namePattern(u"^[a-z_]+$"_s);
    const QStringList pairs = query.split(u'&', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString name = decoded(pair.left(equals));
        if (equals < 0 || !namePattern.match(name).hasMatch())
            return u"the parameter '%1' is not name=value"_s.arg(pair);
        const QString value = decoded(pair.mid(equals + 1));
        if (name == u"host"_s) {
            if (value.contains(u','))
                return u"several hosts are not supported"_s;
            m_host = value;
        } else if (name == u"port"_s) {
            *portText = value;
        } else if (name == u"user"_s) {
            m_user = value;
        } else if (name == u"password"_s) {
            m_password = value;
        } else if (name == u"dbname"_s) {
            m_database = value;
        } else {
            m_parameters.insert(name, value);
        }
    }
    return std::nullopt;
}

QString LibraryLocation::displayString() const
{
    if (isFile())
        return m_path;
    const auto encode = [](const QString &part) {
        return QString::fromUtf8(QUrl::toPercentEncoding(part));
    };
    QString uri = u"postgresql://"_s;
    if (!m_user.isEmpty())
        uri += encode(m_user) + u'@';
    QMap<QString, QString> query = m_parameters;
    // A socket folder goes in the query, and its port with it: "postgresql://ines@/db?host=/run&port=…".
    const QString port = m_port != 0 ? QString::number(m_port) : QString();
    if (hostIsSocketFolder()) {
        query.insert(u"host"_s, m_host);
        if (!port.isEmpty())
            query.insert(u"port"_s, port);
    } else {
        uri += m_host.contains(u':') ? u'[' + m_host + u']' : encode(m_host);
        if (!port.isEmpty())
            uri += u':' + port;
    }
    uri += u'/' + encode(m_database);
    QStringList pairs;
    for (auto it = query.cbegin(); it != query.cend(); ++it)
        pairs.append(it.key() + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(it.value(), "/")));
    if (!pairs.isEmpty())
        uri += u'?' + pairs.join(u'&');
    return uri;
}

} // namespace Colloquy
