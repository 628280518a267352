#pragma once

#include <QByteArray>
#include <QString>

#include <gumbo.h>

namespace Colloquy {

/**
 * Owns one gumbo parse: the UTF-8 buffer and the tree built over it, freed
 * together. Parsing only; gumbo never loads or runs anything.
 */
class GumboDocument
{
public:
    explicit GumboDocument(QByteArray utf8)
        : m_utf8(std::move(utf8))
    {
        // Error records cost memory on garbage input and we never read them.
        m_options.max_errors = 0;
        m_output = gumbo_parse_with_options(&m_options, m_utf8.constData(), size_t(m_utf8.size()));
    }
    ~GumboDocument()
    {
        if (m_output)
            gumbo_destroy_output(&m_options, m_output); // must be the options it was parsed with
    }
    GumboDocument(const GumboDocument &) = delete;
    GumboDocument &operator=(const GumboDocument &) = delete;

    /// The <html> element, or nullptr when gumbo could not allocate the tree.
    const GumboNode *root() const { return m_output ? m_output->root : nullptr; }

    /// The value of `name` on an element, null when absent.
    static QString attribute(const GumboNode *node, const char *name)
    {
        if (node->type != GUMBO_NODE_ELEMENT)
            return QString();
        const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
        return attribute ? QString::fromUtf8(attribute->value) : QString();
    }

private:
    // Gumbo's nodes point into this buffer (original_text), so it must outlive m_output.
    QByteArray m_utf8;
    GumboOptions m_options = kGumboDefaultOptions;
    GumboOutput *m_output = nullptr;
};

} // namespace Colloquy
