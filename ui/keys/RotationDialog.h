// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/KeyRotation.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace CreatorDesk {

// Runs a KeyRotation and shows its steps as they happen, then the final sentence.
class RotationDialog final : public QDialog
{
    Q_OBJECT

public:
    RotationDialog(KeyRotation *rotation, const QString &connectionName, QWidget *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_ok; }
    QString resultText() const;
    QStringList stepTexts() const;
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void rotationFinished(bool ok, const QString &message);

private:
    void onStep(KeyRotation::Step step);
    void onFinished(bool ok, const QString &message);
    static QString stepText(KeyRotation::Step step);

    QPointer<KeyRotation> m_rotation;
    QListWidget *m_steps;
    QLabel *m_result;
    QPushButton *m_close;
    bool m_finished = false;
    bool m_ok = false;
};

} // namespace CreatorDesk
