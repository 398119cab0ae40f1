// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Confirmation.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace CreatorDesk {

void Confirmation::ask(QWidget *parent, const QString &title, const QString &text,
                       const QString &confirmLabel, std::function<void()> onConfirmed,
                       std::function<void()> onDeclined)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(title);
    QPushButton *confirm = box->addButton(confirmLabel, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    const QPointer<QPushButton> confirmGuard(confirm);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirmGuard, onConfirmed = std::move(onConfirmed),
                      onDeclined = std::move(onDeclined)](QAbstractButton *button) {
                         if (button == confirmGuard) {
                             if (onConfirmed)
                                 onConfirmed();
                         } else if (onDeclined) {
                             onDeclined();
                         }
                     });
    box->open();
}

void Confirmation::tell(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("notice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(title);
    box->open();
}

} // namespace CreatorDesk
