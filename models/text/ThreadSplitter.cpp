// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ThreadSplitter.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace CreatorDesk {

namespace {

QList<qsizetype> boundaries(QTextBoundaryFinder::BoundaryType type, const QString &text)
{
    QList<qsizetype> result;
    QTextBoundaryFinder finder(type, text);
    for (qsizetype pos = finder.toNextBoundary(); pos > 0; pos = finder.toNextBoundary())
        result.append(pos);
    return result;
}

qsizetype skipSpace(const QString &text, qsizetype pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    return pos;
}

QString chopSpace(QStringView part)
{
    qsizetype end = part.size();
    while (end > 0 && part.at(end - 1).isSpace())
        --end;
    return part.first(end).toString();
}

class Cutter
{
public:
    Cutter(const QString &text, const ThreadSplitter::Options &options, const QString &suffix)
        : m_text(text)
        , m_options(options)
        , m_suffix(suffix)
        , m_sentences(boundaries(QTextBoundaryFinder::Sentence, text))
        , m_words(boundaries(QTextBoundaryFinder::Line, text))
        , m_graphemes(boundaries(QTextBoundaryFinder::Grapheme, text))
    {}

    QStringList cut() const
    {
        QStringList parts;
        qsizetype start = skipSpace(m_text, 0);
        while (start < m_text.size()) {
            const QString rest = chopSpace(QStringView(m_text).mid(start));
            if (fits(rest)) {
                parts.append(rest);
                break;
            }
            qsizetype end = farthest(m_sentences, start);
            if (end < 0)
                end = farthest(m_words, start);
            if (end < 0)
                end = farthest(m_graphemes, start);
            if (end < 0) // not even one grapheme fits: take it alone rather than loop forever
                end = *std::upper_bound(m_graphemes.cbegin(), m_graphemes.cend(), start);
            parts.append(chopSpace(QStringView(m_text).mid(start, end - start)));
            start = skipSpace(m_text, end);
        }
        return parts;
    }

private:
    bool fits(const QString &part) const
    {
        return !part.isEmpty() && ThreadSplitter::fits(part + m_suffix, m_options);
    }

    // The farthest boundary after `start` up to which the text still fits; -1 if none.
    qsizetype farthest(const QList<qsizetype> &bounds, qsizetype start) const
    {
        qsizetype best = -1;
        for (auto it = std::upper_bound(bounds.cbegin(), bounds.cend(), start); it != bounds.cend();
             ++it) {
            const QString candidate = chopSpace(QStringView(m_text).mid(start, *it - start));
            if (candidate.isEmpty())
                continue;
            if (!fits(candidate))
                break;
            best = *it;
        }
        return best;
    }

    const QString &m_text;
    const ThreadSplitter::Options &m_options;
    QString m_suffix;
    QList<qsizetype> m_sentences;
    QList<qsizetype> m_words;
    QList<qsizetype> m_graphemes;
};

} // namespace

QString ThreadSplitter::numberSuffix(int index, int total)
{
    return QStringLiteral(" %1/%2").arg(index).arg(total);
}

bool ThreadSplitter::fits(const QString &text, const Options &options)
{
    for (Platform platform : options.platforms) {
        if (!PlatformCounts::count(platform, text, options.settings).valid)
            return false;
    }
    return true;
}

QStringList ThreadSplitter::split(const QString &text, const Options &options)
{
    if (text.trimmed().isEmpty())
        return {};
    if (fits(text, options))
        return {text};
    if (!options.numbering)
        return Cutter(text, options, {}).cut();
    // Room is kept for the widest number " n/n" of an assumed total; a thread that needs more
    // posts than that (more digits) is cut again with room for one more digit.
    for (int assumed = 9;; assumed = assumed * 10 + 9) {
        QStringList parts = Cutter(text, options, numberSuffix(assumed, assumed)).cut();
        if (parts.size() <= assumed) {
            for (int i = 0; i < parts.size(); ++i)
                parts[i] += numberSuffix(i + 1, int(parts.size()));
            return parts;
        }
    }
}

} // namespace CreatorDesk
