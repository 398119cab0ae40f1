// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/RotationDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace CreatorDesk {

RotationDialog::RotationDialog(KeyRotation *rotation, const QString &connectionName,
                               QWidget *parent)
    : QDialog(parent)
    , m_rotation(rotation)
    , m_steps(new QListWidget(this))
    , m_result(new QLabel(this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setWindowTitle(tr("Rotate the key of %1").arg(connectionName));
    setObjectName(QStringLiteral("rotationDialog"));
    setAccessibleName(tr("Key rotation"));
    setMinimumWidth(520);
    auto *intro = new QLabel(tr("A new key is created and tried, the connection switches to it, "
                                "then the old key is revoked. If a step fails, the connection "
                                "keeps a working key."),
                             this);
    intro->setWordWrap(true);
    m_steps->setAccessibleName(tr("Rotation steps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Rotation result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setEnabled(false);
    m_close->setAccessibleName(tr("Close"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(rotation, &KeyRotation::stepChanged, this, &RotationDialog::onStep);
    connect(rotation, &KeyRotation::finished, this, &RotationDialog::onFinished);
    connect(m_close, &QPushButton::clicked, this, &RotationDialog::accept);
}

void RotationDialog::start()
{
    m_result->setText(tr("Rotating…"));
    if (m_rotation)
        m_rotation->start();
}

QString RotationDialog::stepText(KeyRotation::Step step)
{
    switch (step) {
    case KeyRotation::Step::Creating:
        return tr("Creating a new key");
    case KeyRotation::Step::Verifying:
        return tr("Checking that the new key works");
    case KeyRotation::Step::Switching:
        return tr("Switching the connection to the new key");
    case KeyRotation::Step::Revoking:
        return tr("Revoking the old key");
    case KeyRotation::Step::Done:
        return tr("Done");
    }
    return {};
}

void RotationDialog::onStep(KeyRotation::Step step)
{
    // The step before this one is complete.
    if (m_steps->count() > 0)
        m_steps->item(m_steps->count() - 1)
            ->setText(
                tr("✓ %1").arg(m_steps->item(m_steps->count() - 1)->data(Qt::UserRole).toString()));
    auto *item = new QListWidgetItem(
        step == KeyRotation::Step::Done ? stepText(step) : tr("%1…").arg(stepText(step)));
    item->setData(Qt::UserRole, stepText(step));
    m_steps->addItem(item);
}

void RotationDialog::onFinished(bool ok, const QString &message)
{
    m_finished = true;
    m_ok = ok;
    if (!ok && m_steps->count() > 0)
        m_steps->item(m_steps->count() - 1)
            ->setText(
                tr("✗ %1").arg(m_steps->item(m_steps->count() - 1)->data(Qt::UserRole).toString()));
    m_result->setText(message);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus();
    Q_EMIT rotationFinished(ok, message);
}

QString RotationDialog::resultText() const
{
    return m_result->text();
}

QStringList RotationDialog::stepTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_steps->count(); ++row)
        texts.append(m_steps->item(row)->text());
    return texts;
}

} // namespace CreatorDesk
