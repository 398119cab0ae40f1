// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace CreatorDesk {

// One row of an imported file: one draft to create, as ImportReader read it and ImportVerdicts
// judged it. A row with a parse error or any verdict is not imported (it is skipped, and said).
struct ImportRow
{
    // A problem with the row on one platform or account ("X": "post 2 is 301 of 280").
    struct Verdict
    {
        QString target; // a platform's or account's name, "media", "schedule"
        QString problem;

        bool operator==(const Verdict &) const = default;
    };

    int number = 0;  // 1 for the first row (CSV: after the header; text: the first block)
    qint64 line = 0; // the line of the file it starts on
    QStringList posts;
    QDateTime scheduledAt; // UTC; invalid when the row has no time
    QStringList accountIds;
    QStringList mediaPaths; // absolute, or as written when there is no file to be relative to
    QList<Verdict> verdicts;
    QString error; // why the row itself could not be read (no text, a time that is no time)

    bool isImportable() const { return error.isEmpty() && verdicts.isEmpty(); }
    // The problems as one text, one per line: "X: post 1 is 301 of 280".
    QString problemText() const;
};

} // namespace CreatorDesk

Q_DECLARE_METATYPE(CreatorDesk::ImportRow)
