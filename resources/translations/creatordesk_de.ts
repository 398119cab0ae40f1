<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CreatorDesk::AccountLimits</name>
    <message>
        <source>%1 characters, a link counts %2</source>
        <translation>%1 Zeichen, ein Link zählt %2</translation>
    </message>
    <message>
        <source>%1: %2 (your own figure)</source>
        <translation>%1: %2 (Ihr eigener Wert)</translation>
    </message>
    <message>
        <source>%1: %2 (Mastodon&apos;s default: no instance is known for this account)</source>
        <translation>%1: %2 (Standard von Mastodon: Für dieses Konto ist keine Instanz bekannt)</translation>
    </message>
    <message>
        <source>%1: %2 (as %3 said on %4)</source>
        <translation>%1: %2 (laut %3, Stand %4)</translation>
    </message>
    <message>
        <source>%1: %2 (Mastodon&apos;s default while %3 is asked)</source>
        <translation>%1: %2 (Standard von Mastodon, während %3 abgefragt wird)</translation>
    </message>
    <message>
        <source>%1: %2 (Mastodon&apos;s default: %3 was not asked yet)</source>
        <translation>%1: %2 (Standard von Mastodon: %3 wurde noch nicht abgefragt)</translation>
    </message>
    <message>
        <source>%1: %2 (Mastodon&apos;s default: %3)</source>
        <translation>%1: %2 (Standard von Mastodon: %3)</translation>
    </message>
    <message>
        <source>%1: X Premium, %2 characters</source>
        <translation>%1: X Premium, %2 Zeichen</translation>
    </message>
    <message>
        <source>%1: %2 characters (no X Premium)</source>
        <translation>%1: %2 Zeichen (kein X Premium)</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::AccountLimitsDialog</name>
    <message>
        <source>Limits of %1</source>
        <translation>Limits von %1</translation>
    </message>
    <message>
        <source>X Premium</source>
        <translation>X Premium</translation>
    </message>
    <message>
        <source>e.g. mastodon.social</source>
        <translation>z. B. mastodon.social</translation>
    </message>
    <message>
        <source>%1 (from the account&apos;s name)</source>
        <translation>%1 (aus dem Namen des Kontos)</translation>
    </message>
    <message>
        <source>Mastodon instance</source>
        <translation>Mastodon-Instanz</translation>
    </message>
    <message>
        <source>&amp;Read its limit</source>
        <translation>Limit &amp;abfragen</translation>
    </message>
    <message>
        <source>Read the instance&apos;s limit now</source>
        <translation>Das Limit der Instanz jetzt abfragen</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>Use my &amp;own limit:</source>
        <translation>&amp;Eigenes Limit verwenden:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Own character limit</source>
        <translation>Eigenes Zeichenlimit</translation>
    </message>
    <message>
        <source>Type the instance&apos;s address, e.g. mastodon.social.</source>
        <translation>Geben Sie die Adresse der Instanz ein, z. B. mastodon.social.</translation>
    </message>
    <message>
        <source>%1 has one limit for every account.</source>
        <translation>%1 hat ein Limit für alle Konten.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>%1 allows %2 characters; a link counts %3. OK uses it for this account.</source>
        <translation>%1 erlaubt %2 Zeichen; ein Link zählt %3. „OK“ übernimmt das für dieses Konto.</translation>
    </message>
    <message>
        <source>This account has X &amp;Premium (posts up to %1 characters)</source>
        <translation>Dieses Konto hat X &amp;Premium (Beiträge bis zu %1 Zeichen)</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::AccountStatusBar</name>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Countdown bis zum nächsten Versuch</translation>
    </message>
    <message>
        <source>The credits expire on %1.</source>
        <translation>Die Credits laufen am %1 ab.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::AccountsHint</name>
    <message>
        <source>No accounts yet: connect Creator Desk to xAIcreator to choose where this draft goes.</source>
        <translation>Noch keine Konten: Verbinden Sie Creator Desk mit xAIcreator, um zu wählen, wo dieser Entwurf veröffentlicht wird.</translation>
    </message>
    <message>
        <source>Open API keys</source>
        <translation>API-Schlüssel öffnen</translation>
    </message>
    <message>
        <source>Loading your accounts…</source>
        <translation>Ihre Konten werden geladen…</translation>
    </message>
    <message>
        <source>Your accounts could not be loaded: %1</source>
        <translation>Ihre Konten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Your xAIcreator account has no social accounts yet.</source>
        <translation>Ihr xAIcreator-Konto hat noch keine Social-Media-Konten.</translation>
    </message>
    <message>
        <source>Connect an X account…</source>
        <translation>X-Konto verbinden…</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::AddKeyDialog</name>
    <message>
        <source>Keep this key for this &amp;run only (not in the keychain)</source>
        <translation>Schlüssel nur für diese Sitzung &amp;behalten (nicht im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Add an API key</source>
        <translation>API-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>For example: Work account</source>
        <translation>Zum Beispiel: Arbeitskonto</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>S&amp;how the key</source>
        <translation>Schlüssel an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>Problem mit dem Schlüssel</translation>
    </message>
    <message>
        <source>Notes about the key</source>
        <translation>Hinweise zum Schlüssel</translation>
    </message>
    <message>
        <source>Problem with the server address</source>
        <translation>Problem mit der Serveradresse</translation>
    </message>
    <message>
        <source>Keep this key for this run only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>No keychain can be reached, so the key can only be kept in memory until Creator Desk closes.</source>
        <translation>Es ist kein Schlüsselbund erreichbar. Der Schlüssel kann daher nur im Arbeitsspeicher gehalten werden, bis Creator Desk beendet wird.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Enter the address of the service&apos;s API.</source>
        <translation>Geben Sie die Adresse der API des Dienstes ein.</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ApiClient</name>
    <message>
        <source>An upload takes 1 to %1 files; %2 were given.</source>
        <translation>Ein Upload umfasst 1 bis %1 Dateien; angegeben wurden %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ApiError</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>%1 refused the connection. The service may be down or the address may be wrong; check the connection&apos;s base URL and try again.</source>
        <translation>Die Verbindung wurde von %1 abgelehnt. Der Dienst ist möglicherweise nicht erreichbar oder die Adresse ist falsch. Prüfen Sie die Basis-URL der Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection and the connection&apos;s base URL.</source>
        <translation>Es konnte keine Verbindung hergestellt werden, weil %1 nicht gefunden wurde. Prüfen Sie Ihre Internetverbindung und die Basis-URL der Verbindung.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>Die Verbindung wurde von %1 geschlossen, bevor eine Antwort kam. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified. Creator Desk does not send keys over a connection it cannot trust; check the system&apos;s date, proxy and certificates.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden. Creator Desk sendet keine Schlüssel über eine Verbindung, der es nicht vertrauen kann. Prüfen Sie Datum, Proxy und Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>The proxy server refused or lost the connection to %1. Check the system&apos;s proxy settings.</source>
        <translation>Der Proxyserver hat die Verbindung zu %1 abgelehnt oder verloren. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>%1 redirected the request too often; it was stopped.</source>
        <translation>Die Anfrage wurde von %1 zu oft umgeleitet und daher abgebrochen.</translation>
    </message>
    <message>
        <source>Could not talk to %1 (%2). Check your connection and try again.</source>
        <translation>Keine Kommunikation mit %1 möglich (%2). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many requests were sent. Wait a moment before trying again.</source>
        <translation>Es wurden zu viele Anfragen gesendet. Warten Sie einen Moment, bevor Sie es erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Es wurden zu viele Anfragen gesendet. Sie können es in %n Sekunde erneut versuchen.</numerusform>
            <numerusform>Es wurden zu viele Anfragen gesendet. Sie können es in %n Sekunden erneut versuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Es wurden zu viele Anfragen gesendet. Sie können es in %n Minute erneut versuchen.</numerusform>
            <numerusform>Es wurden zu viele Anfragen gesendet. Sie können es in %n Minuten erneut versuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent. The limit resets at %1; you can try again then, in %n minute(s).</source>
        <translation>
            <numerusform>Es wurden zu viele Anfragen gesendet. Das Limit wird um %1 zurückgesetzt; dann können Sie es erneut versuchen, in %n Minute.</numerusform>
            <numerusform>Es wurden zu viele Anfragen gesendet. Das Limit wird um %1 zurückgesetzt; dann können Sie es erneut versuchen, in %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough credits: this needs %1 and your balance is %2. Top up your credits, or choose fewer platforms.</source>
        <translation>Nicht genügend Credits: Benötigt werden %1, Ihr Guthaben beträgt %2. Laden Sie Credits auf oder wählen Sie weniger Plattformen.</translation>
    </message>
    <message>
        <source>Not enough credits for this. Check your balance in the Credits pane and top up, or choose fewer platforms.</source>
        <translation>Dafür reichen die Credits nicht. Prüfen Sie Ihr Guthaben im Bereich „Credits“ und laden Sie auf, oder wählen Sie weniger Plattformen.</translation>
    </message>
    <message>
        <source>%1 asks for a payment of %2 %3 by &quot;%4&quot; (%5) for this request. Creator Desk does not make payments; use an API key for this service instead.</source>
        <translation>Für diese Anfrage verlangt %1 eine Zahlung von %2 %3 über „%4“ (%5). Creator Desk leistet keine Zahlungen; verwenden Sie stattdessen einen API-Schlüssel für diesen Dienst.</translation>
    </message>
    <message>
        <source>The API key was refused: it is missing, wrong or has been revoked. Check the key in the API keys pane, or sign in again.</source>
        <translation>Der API-Schlüssel wurde abgelehnt: Er fehlt, ist falsch oder wurde widerrufen. Prüfen Sie den Schlüssel im Bereich „API-Schlüssel“ oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No account is registered with this email address. Creator Desk can only sign in existing accounts; create one on the service&apos;s website first.</source>
        <translation>Für diese E-Mail-Adresse ist kein Konto registriert. Creator Desk kann nur bestehende Konten anmelden; erstellen Sie zuerst ein Konto auf der Website des Dienstes.</translation>
    </message>
    <message>
        <source>The email address or password is wrong. Check both and try again.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this (%1).</source>
        <translation>Ihr Konto darf diese Aktion nicht ausführen (%1).</translation>
    </message>
    <message>
        <source>The server no longer has this item; it may have been deleted elsewhere. Refresh the list.</source>
        <translation>Dieses Element ist auf dem Server nicht mehr vorhanden; es wurde möglicherweise an anderer Stelle gelöscht. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sign-in to this social account has expired. Sign in to it again; your drafts and settings are kept.</source>
        <translation>Die Anmeldung bei diesem Social-Media-Konto ist abgelaufen. Melden Sie sich erneut an; Ihre Entwürfe und Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Signing in with Google or X is not set up on this server. Sign in with your email address or paste an API key instead.</source>
        <translation>Die Anmeldung mit Google oder X ist auf diesem Server nicht eingerichtet. Melden Sie sich mit Ihrer E-Mail-Adresse an oder fügen Sie stattdessen einen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The server does not allow this, or a limit of your plan was reached (%1).</source>
        <translation>Der Server erlaubt dies nicht, oder ein Limit Ihres Tarifs wurde erreicht (%1).</translation>
    </message>
    <message>
        <source>The server refused the upload as too large: %1</source>
        <translation>Der Server hat den Upload als zu groß abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Nothing was lost; try again in a moment.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1). Es ging nichts verloren; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>Der Server hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>Von %1 kam nicht rechtzeitig eine Antwort. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, so it is not known whether it took effect. Check before sending it again.</source>
        <translation>Die Verbindung ging nach dem Senden der Anfrage verloren; es ist daher nicht bekannt, ob sie ausgeführt wurde. Prüfen Sie dies, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Try again; if it keeps happening, the service may have changed.</source>
        <translation>Die Antwort des Servers konnte nicht verarbeitet werden (%1). Versuchen Sie es erneut; falls das Problem weiterhin auftritt, hat sich der Dienst möglicherweise geändert.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another address. Creator Desk did not follow it, so that your API key is not sent anywhere else; check the connection&apos;s base URL.</source>
        <translation>%1 hat die Anfrage an eine andere Adresse umgeleitet. Creator Desk ist der Umleitung nicht gefolgt, damit Ihr API-Schlüssel nirgendwo anders hingesendet wird; prüfen Sie die Basis-URL der Verbindung.</translation>
    </message>
    <message>
        <source>The server at %1 has no %2, so the address looks wrong. The service&apos;s address should end with %3, as in %4; check the server address.</source>
        <translation>Der Server unter %1 hat kein %2, die Adresse scheint also falsch zu sein. Die Adresse des Dienstes sollte auf %3 enden, wie in %4; prüfen Sie die Serveradresse.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ApiJob</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ApiKeysPane</name>
    <message>
        <source>API key sections</source>
        <translation>Bereiche für API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Social s&amp;ets</source>
        <translation>Social Se&amp;ts</translation>
    </message>
    <message>
        <source>No keychain can be reached.</source>
        <translation>Es ist kein Schlüsselbund erreichbar.</translation>
    </message>
    <message>
        <source>%1 Keys can be kept for this run only, in memory, and are forgotten when Creator Desk closes; they are never written to a file.</source>
        <translation>%1 Schlüssel können nur für diese Sitzung im Arbeitsspeicher behalten werden und werden beim Beenden von Creator Desk vergessen; sie werden nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Add a key for this run…</source>
        <translation>Schlüssel für diese Sitzung hinzufügen…</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::Application</name>
    <message>
        <source>Demo mode could not start</source>
        <translation>Der Demomodus konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Creator Desk will close. Without --demo it starts with no connection.</source>
        <translation>Creator Desk wird beendet. Ohne --demo startet es ohne Verbindung.</translation>
    </message>
    <message>
        <source>Demo start error</source>
        <translation>Fehler beim Start der Demo</translation>
    </message>
    <message>
        <source>Some services are not available</source>
        <translation>Einige Dienste sind nicht verfügbar</translation>
    </message>
    <message>
        <source>These service descriptions could not be loaded, so their services cannot be used until they are fixed:</source>
        <translation>Diese Dienstbeschreibungen konnten nicht geladen werden; ihre Dienste sind erst nutzbar, wenn sie korrigiert sind:</translation>
    </message>
    <message>
        <source>Starting the demo server and signing in…</source>
        <translation>Der Demo-Server wird gestartet und die Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Creator Desk was started again; this window is the one in use.</source>
        <translation>Creator Desk wurde noch einmal gestartet; dieses Fenster ist das, mit dem gearbeitet wird.</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::BalanceChart</name>
    <message>
        <source>Balance over time</source>
        <translation>Guthaben im Zeitverlauf</translation>
    </message>
    <message>
        <source>Not enough spending recorded yet to draw the balance over time.</source>
        <translation>Es wurden noch nicht genug Ausgaben erfasst, um den Guthabenverlauf darzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>The balance went from %1 to %2 credits between %3 and %4, over %n records.</source>
        <translation>
            <numerusform>Das Guthaben änderte sich zwischen %3 und %4 von %1 auf %2 Credits, über %n Eintrag.</numerusform>
            <numerusform>Das Guthaben änderte sich zwischen %3 und %4 von %1 auf %2 Credits, über %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning level</source>
        <translation>Warnschwelle</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::BannerBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::BrowserWaitPanel</name>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Anmeldefortschritt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>Im Browser zu öffnende Adresse</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Your browser shows the sign-in page. Finish there; this window continues by itself. If no page appeared, open this address:</source>
        <translation>Ihr Browser zeigt die Anmeldeseite an. Schließen Sie die Anmeldung dort ab; dieses Fenster fährt dann von selbst fort. Falls keine Seite erschienen ist, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address in a browser to continue:</source>
        <translation>Der Browser konnte nicht geöffnet werden. Öffnen Sie diese Adresse in einem Browser, um fortzufahren:</translation>
    </message>
    <message>
        <source>What is being waited for</source>
        <translation>Worauf gewartet wird</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CalendarToolBar</name>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The calendar&apos;s time zone. The service keeps times in UTC.</source>
        <translation>Die Zeitzone des Kalenders. Der Dienst speichert Zeiten in UTC.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Verschieben rückgängig</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CalendarView</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Goes out within 3 minutes of this time (jitter).</source>
        <translation>Geht innerhalb von 3 Minuten um diese Zeit hinaus (Jitter).</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::Cli</name>
    <message>
        <source>Creator Desk on the command line.

Commands:
  credits                     the credit balance, its expiry and the rate limit
  count [TEXT]                a text&apos;s length against each platform&apos;s limit
  count --json                the same for a JSON array of strings on standard
                              input, read and answered one text at a time
                              (limits: --x-premium, --mastodon-limit N)
  spell [--lang xx_YY] [TEXT]
                              the misspelt words, one a line with up to five
                              suggestions (--json: an array); exit code 1 when
                              there is any; without TEXT, standard input
  keys list                   the service&apos;s API keys
  keys create --name NAME     a new key, stored in the keychain as a connection
  keys revoke ID              revoke a key (not the one in use)
  keys verify                 check that the connection&apos;s key works (where that
                              costs credits, only with --spend-credit or a yes)
  login --email ADDRESS       sign in (the password is read from standard input)
  login --google | --twitter  sign in in the browser
  drafts list [--social-set ID]  the server&apos;s drafts (of one social set)
  drafts create --title T --post TEXT [--post TEXT ...] [--accounts ID,...]
               [--status draft|scheduled|published] [--template ID]
                              a server draft (prints its id); posts over a
                              targeted platform&apos;s limit are refused
  drafts import FILE [--dry-run] [--json]  drafts from a CSV, text or Markdown
                              file, read and answered one row at a time: each
                              row&apos;s verdicts, then (unless --dry-run) its local
                              draft, scheduled where the row has a time; stops at
                              the first failure (exit 1), 2 for a bad file
  publish DRAFT_ID --accounts ID[,ID...]  publish a server draft now (options:
                              --community ID[:NAME] [--community-description T],
                              --quote, --reply-control, --visibility)
  schedule list               the publishing queue, soonest first
  schedule add DRAFT_ID --at TIME [--accounts ID,...] [--priority N] [--no-jitter]
                              schedule a server draft (ISO 8601 time); without
                              --accounts, to the draft&apos;s selected accounts
  schedule cancel DRAFT_ID    cancel a draft&apos;s waiting schedule
  schedule queue DRAFT_ID [--accounts ID,...]  schedule a server draft for its
                              social set&apos;s next free posting time (prints it)
  schedule slots [--social-set ID]  the posting queues&apos; next free times
  media upload FILE...        upload pictures, GIFs or videos (prints mediaId, url)

Keys are never taken from the command line: they come from the keychain (a stored
connection) or from the environment variable named by --key-env.</source>
        <translation>Creator Desk auf der Kommandozeile.

Befehle:
  credits                     das Guthaben, sein Ablauf und das Anfragelimit
  count [TEXT]                die Textlänge gemessen am Limit jeder Plattform
  count --json                dasselbe für ein JSON-Array aus Zeichenketten
                              auf der Standardeingabe, Text für Text gelesen
                              und beantwortet
                              (Limits: --x-premium, --mastodon-limit N)
  spell [--lang xx_YY] [TEXT]
                              die falsch geschriebenen Wörter, eines pro Zeile
                              mit bis zu fünf Vorschlägen (--json: ein Array);
                              Exit-Code 1, falls es welche gibt; ohne TEXT wird
                              die Standardeingabe gelesen
  keys list                   die API-Schlüssel des Dienstes
  keys create --name NAME     ein neuer Schlüssel, als Verbindung im
                              Schlüsselbund gespeichert
  keys revoke ID              einen Schlüssel widerrufen (nicht den verwendeten)
  keys verify                 prüfen, ob der Schlüssel der Verbindung
                              funktioniert (wo das Credits kostet, nur mit
                              --spend-credit oder nach einem Ja)
  login --email ADDRESS       anmelden (das Passwort wird von der
                              Standardeingabe gelesen)
  login --google | --twitter  im Browser anmelden
  drafts list [--social-set ID]  die Entwürfe des Servers (eines Social Sets)
  drafts create --title T --post TEXT [--post TEXT ...] [--accounts ID,...]
               [--status draft|scheduled|published] [--template ID]
                              ein Serverentwurf (gibt seine ID aus); Beiträge,
                              die das Limit einer Zielplattform überschreiten,
                              werden abgelehnt
  drafts import FILE [--dry-run] [--json]  Entwürfe aus einer CSV-, Text- oder
                              Markdown-Datei, Zeile für Zeile gelesen und
                              beantwortet: die Urteile jeder Zeile, dann (ohne
                              --dry-run) ihr lokaler Entwurf, eingeplant, falls
                              die Zeile eine Zeit hat; Abbruch beim ersten
                              Fehler (Exit-Code 1), 2 bei fehlerhafter Datei
  publish DRAFT_ID --accounts ID[,ID...]  Serverentwurf jetzt veröffentlichen
                              (Optionen: --community ID[:NAME]
                              [--community-description T], --quote,
                              --reply-control, --visibility)
  schedule list               die geplanten Veröffentlichungen, früheste zuerst
  schedule add DRAFT_ID --at TIME [--accounts ID,...] [--priority N] [--no-jitter]
                              einen Serverentwurf einplanen (Zeit in ISO 8601);
                              ohne --accounts für die ausgewählten Konten des
                              Entwurfs
  schedule cancel DRAFT_ID    einen wartenden Entwurf aus dem Zeitplan nehmen
  schedule queue DRAFT_ID [--accounts ID,...]  einen Serverentwurf zur
                              nächsten freien Veröffentlichungszeit seines
                              Social Sets einplanen (gibt sie aus)
  schedule slots [--social-set ID]  die nächsten freien Zeiten der
                              Warteschlangen
  media upload FILE...        Bilder, GIFs oder Videos hochladen
                              (gibt mediaId, url aus)

Schlüssel werden nie von der Kommandozeile übernommen, sondern aus dem
Schlüsselbund (einer gespeicherten Verbindung) oder aus der mit --key-env
genannten Umgebungsvariablen gelesen.</translation>
    </message>
    <message>
        <source>Use the built-in demo sandbox.</source>
        <translation>Die eingebaute Demo-Sandbox verwenden.</translation>
    </message>
    <message>
        <source>The service&apos;s base URL (https, or http to this computer).</source>
        <translation>Die Basis-URL des Dienstes (https; http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>The service: xaicreator, xquik, oqui or example.</source>
        <translation>Der Dienst: xaicreator, xquik, oqui oder example.</translation>
    </message>
    <message>
        <source>A stored connection, by name or id.</source>
        <translation>Eine gespeicherte Verbindung, nach Name oder ID.</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key.</source>
        <translation>Die Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Machine-readable JSON (count: read a JSON array of strings from standard input).</source>
        <translation>Maschinenlesbares JSON (count: ein JSON-Array aus Zeichenketten von der Standardeingabe lesen).</translation>
    </message>
    <message>
        <source>keys create: the new key&apos;s name.</source>
        <translation>keys create: der Name des neuen Schlüssels.</translation>
    </message>
    <message>
        <source>login: the account&apos;s email address.</source>
        <translation>login: die E-Mail-Adresse des Kontos.</translation>
    </message>
    <message>
        <source>login: sign in with Google.</source>
        <translation>login: mit Google anmelden.</translation>
    </message>
    <message>
        <source>login: sign in with X.</source>
        <translation>login: mit X anmelden.</translation>
    </message>
    <message>
        <source>login, keys create: if no keychain can keep the new key, print it once instead.</source>
        <translation>login, keys create: den neuen Schlüssel stattdessen einmal ausgeben, wenn kein Schlüsselbund ihn aufbewahren kann.</translation>
    </message>
    <message>
        <source>keys verify: allow a check that costs credits (oqui&apos;s costs one).</source>
        <translation>keys verify: eine Prüfung erlauben, die Credits kostet (bei oqui einen).</translation>
    </message>
    <message>
        <source>schedule add: when, ISO 8601 (UTC with Z, or local time).</source>
        <translation>schedule add: der Zeitpunkt in ISO 8601 (UTC mit Z oder Ortszeit).</translation>
    </message>
    <message>
        <source>drafts create: the title.</source>
        <translation>drafts create: der Titel.</translation>
    </message>
    <message>
        <source>drafts create: a post&apos;s text (repeat for a thread).</source>
        <translation>drafts create: der Text eines Beitrags (für einen Thread wiederholen).</translation>
    </message>
    <message>
        <source>drafts create, publish, schedule add: the account ids, separated by commas.</source>
        <translation>drafts create, publish, schedule add: die Konto-IDs, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>publish: post into this X community: its ID, or ID:NAME to send its name too (an ID alone goes as each X target&apos;s communityId).</source>
        <translation>publish: in diese X-Community posten: ihre ID oder ID:NAME, um auch ihren Namen zu senden (eine ID allein wird als communityId jedes X-Ziels gesendet).</translation>
    </message>
    <message>
        <source>publish: the X community&apos;s description (with --community ID:NAME).</source>
        <translation>publish: die Beschreibung der X-Community (mit --community ID:NAME).</translation>
    </message>
    <message>
        <source>schedule add: the queue priority (a number, default 0).</source>
        <translation>schedule add: die Priorität in der Warteschlange (eine Zahl, Standard 0).</translation>
    </message>
    <message>
        <source>schedule add: publish at exactly that time (no random offset of up to 3 minutes).</source>
        <translation>schedule add: genau zu dieser Zeit veröffentlichen (keine zufällige Abweichung von bis zu 3 Minuten).</translation>
    </message>
    <message>
        <source>drafts list: only the drafts of this social set.</source>
        <translation>drafts list: nur die Entwürfe dieses Social Sets.</translation>
    </message>
    <message>
        <source>drafts create: the draft&apos;s status (draft, scheduled or published; default draft).</source>
        <translation>drafts create: der Status des Entwurfs (draft, scheduled oder published; Standard draft).</translation>
    </message>
    <message>
        <source>drafts create: the template the draft was made from.</source>
        <translation>drafts create: die Vorlage, aus der der Entwurf erstellt wurde.</translation>
    </message>
    <message>
        <source>publish: quote this post on X (link or number).</source>
        <translation>publish: diesen Beitrag auf X zitieren (Link oder Nummer).</translation>
    </message>
    <message>
        <source>publish: who can reply on Threads (everyone, accounts_you_follow, mentioned_only).</source>
        <translation>publish: wer auf Threads antworten darf (everyone, accounts_you_follow, mentioned_only).</translation>
    </message>
    <message>
        <source>publish: who sees it on LinkedIn (PUBLIC, CONNECTIONS, LOGGED_IN).</source>
        <translation>publish: wer den Beitrag auf LinkedIn sieht (PUBLIC, CONNECTIONS, LOGGED_IN).</translation>
    </message>
    <message>
        <source>count: the X account has X Premium (25,000 weighted characters).</source>
        <translation>count: das X-Konto hat X Premium (25.000 gewichtete Zeichen).</translation>
    </message>
    <message>
        <source>count: the Mastodon instance&apos;s character limit (default 500).</source>
        <translation>count: das Zeichenlimit der Mastodon-Instanz (Standard 500).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>spell: the dictionary&apos;s language, e.g. en_US or de_DE (default: the system&apos;s).</source>
        <translation>spell: die Sprache des Wörterbuchs, z. B. en_US oder de_DE (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>drafts import: show each row&apos;s verdicts and create nothing.</source>
        <translation>drafts import: die Urteile jeder Zeile anzeigen und nichts erstellen.</translation>
    </message>
    <message>
        <source>credits, count, spell, keys, login, drafts, publish, schedule or media</source>
        <translation>credits, count, spell, keys, login, drafts, publish, schedule oder media</translation>
    </message>
    <message>
        <source>the command&apos;s arguments</source>
        <translation>die Argumente des Befehls</translation>
    </message>
    <message>
        <source>--mastodon-limit takes a number of characters, e.g. 11000.
</source>
        <translation>--mastodon-limit braucht eine Zeichenzahl, z. B. 11000.
</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CliConnection</name>
    <message>
        <source>Unknown service &quot;%1&quot;. Services: xaicreator, xquik, oqui, example.</source>
        <translation>Unbekannter Dienst „%1“. Dienste: xaicreator, xquik, oqui, example.</translation>
    </message>
    <message>
        <source>No %1 connection is stored. Sign in with &quot;login&quot;, set %2, or use --demo.</source>
        <translation>Es ist keine %1-Verbindung gespeichert. Melden Sie sich mit „login“ an, setzen Sie %2 oder verwenden Sie --demo.</translation>
    </message>
    <message>
        <source>No connection is called &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is for an unknown service.</source>
        <translation>Die Verbindung „%1“ gehört zu einem unbekannten Dienst.</translation>
    </message>
    <message>
        <source>The demo signs in to xAIcreator only; use --service xaicreator.</source>
        <translation>Die Demo meldet sich nur bei xAIcreator an; verwenden Sie --service xaicreator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (id %2)</source>
        <translation>„%1“ (ID %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 connection(s) are stored; choose one with --connection NAME:%2</source>
        <translation>
            <numerusform>%n %1-Verbindung ist gespeichert; wählen Sie eine mit --connection NAME:%2</numerusform>
            <numerusform>%n %1-Verbindungen sind gespeichert; wählen Sie eine mit --connection NAME:%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; could be any of %n connection(s); choose one with --connection and its whole name or id:%2</source>
        <translation>
            <numerusform>„%1“ passt auf %n Verbindung; wählen Sie eine mit --connection und ihrem ganzen Namen oder ihrer ID:%2</numerusform>
            <numerusform>„%1“ passt auf %n Verbindungen; wählen Sie eine mit --connection und ihrem ganzen Namen oder ihrer ID:%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CliRunner</name>
    <message numerus="yes">
        <source>Balance: %n credit(s)</source>
        <translation>
            <numerusform>Guthaben: %n Credit</numerusform>
            <numerusform>Guthaben: %n Credits</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Ablauf: %1</translation>
    </message>
    <message>
        <source>Requests left: %1 of %2, resets %3</source>
        <translation>Verbleibende Anfragen: %1 von %2, Zurücksetzung %3</translation>
    </message>
    <message>
        <source>%1 has no balance that Creator Desk can read.</source>
        <translation>%1 hat kein Guthaben, das Creator Desk lesen kann.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 used</source>
        <translation>Kontingent: %1 von %2 verbraucht</translation>
    </message>
    <message>
        <source>%1 has no schedule; scheduling is an xAIcreator feature.</source>
        <translation>%1 hat keinen Zeitplan; Einplanen ist eine Funktion von xAIcreator.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: credits, keys, login, count, spell, drafts, publish, schedule, media.</source>
        <translation>Unbekannter Befehl „%1“. Befehle: credits, keys, login, count, spell, drafts, publish, schedule, media.</translation>
    </message>
    <message>
        <source>count --json reads a JSON array of strings from standard input, not arguments.</source>
        <translation>count --json liest ein JSON-Array aus Zeichenketten von der Standardeingabe, nicht aus Argumenten.</translation>
    </message>
    <message>
        <source>--json expects a JSON array of strings on standard input. %1</source>
        <translation>--json erwartet auf der Standardeingabe ein JSON-Array aus Zeichenketten. %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectXAccountDialog</name>
    <message>
        <source>&amp;Connect in the browser</source>
        <translation>Im Browser &amp;verbinden</translation>
    </message>
    <message>
        <source>Connect an X account</source>
        <translation>X-Konto verbinden</translation>
    </message>
    <message>
        <source>X asks you to allow xAIcreator to post for the account. The account is added to the social set you choose.</source>
        <translation>X bittet Sie, xAIcreator das Posten für dieses Konto zu erlauben. Das Konto wird dem ausgewählten Social Set hinzugefügt.</translation>
    </message>
    <message>
        <source>Social set</source>
        <translation>Social Set</translation>
    </message>
    <message>
        <source>Connect the X account in the browser</source>
        <translation>X-Konto im Browser verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Opening X in your browser…</source>
        <translation>X wird in Ihrem Browser geöffnet…</translation>
    </message>
    <message>
        <source>The X account is connected to &quot;%1&quot;.</source>
        <translation>Das X-Konto ist mit „%1“ verbunden.</translation>
    </message>
    <message>
        <source>&amp;Add it to this social set:</source>
        <translation>Zu diesem Social Set &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>Create a &amp;new social set for it</source>
        <translation>Ein &amp;neues Social Set dafür anlegen</translation>
    </message>
    <message>
        <source>&amp;Follow on X after allowing access</source>
        <translation>Nach dem Erlauben auf X &amp;folgen</translation>
    </message>
    <message>
        <source>Add the account to the chosen social set</source>
        <translation>Das Konto zum gewählten Social Set hinzufügen</translation>
    </message>
    <message>
        <source>Create a new social set for the account</source>
        <translation>Ein neues Social Set für das Konto anlegen</translation>
    </message>
    <message>
        <source>Follow on X after allowing access</source>
        <translation>Nach dem Erlauben auf X folgen</translation>
    </message>
    <message>
        <source>Creator Desk looks at your social sets every few seconds and continues as soon as the new X account is there.</source>
        <translation>Creator Desk sieht alle paar Sekunden in Ihren Social Sets nach und macht weiter, sobald das neue X-Konto dort ist.</translation>
    </message>
    <message numerus="yes">
        <source>Creator Desk looks at your social sets every few seconds and continues as soon as the new X account is there. Waited %n second(s) so far; Cancel stops waiting.</source>
        <translation>
            <numerusform>Creator Desk sieht alle paar Sekunden in Ihren Social Sets nach und macht weiter, sobald das neue X-Konto dort ist. Bisher %n Sekunde gewartet; Abbrechen beendet das Warten.</numerusform>
            <numerusform>Creator Desk sieht alle paar Sekunden in Ihren Social Sets nach und macht weiter, sobald das neue X-Konto dort ist. Bisher %n Sekunden gewartet; Abbrechen beendet das Warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The X account is connected, in a new social set.</source>
        <translation>Das X-Konto ist verbunden, in einem neuen Social Set.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionModel</name>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Kept for this run only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Noch nicht überprüft</translation>
    </message>
    <message>
        <source>%1 at %2 (the active connection)</source>
        <translation>%1 bei %2 (die aktive Verbindung)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This build does not know the service &quot;%1&quot;.</source>
        <translation>Diese Version kennt den Dienst „%1“ nicht.</translation>
    </message>
    <message>
        <source>This connection cannot be used by this build.</source>
        <translation>Diese Verbindung kann von dieser Version nicht verwendet werden.</translation>
    </message>
    <message>
        <source>This connection has no key.</source>
        <translation>Diese Verbindung hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>Der Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This connection was deleted.</source>
        <translation>Diese Verbindung wurde gelöscht.</translation>
    </message>
    <message>
        <source>There is no place to keep connections.</source>
        <translation>Es gibt keinen Ort, an dem Verbindungen aufbewahrt werden können.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionProblemBanner</name>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation>„%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Open API &amp;keys</source>
        <translation>API-&amp;Schlüssel öffnen</translation>
    </message>
    <message>
        <source>The sign-in of a social account has expired, so posting to it failed. Reconnect the account; your drafts stay as they are.</source>
        <translation>Die Anmeldung eines Social-Media-Kontos ist abgelaufen, daher ist das Posten dort fehlgeschlagen. Verbinden Sie das Konto erneut; Ihre Entwürfe bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Reconnect X account…</source>
        <translation>X-Konto e&amp;rneut verbinden…</translation>
    </message>
    <message>
        <source>%1 refused the key of &quot;%2&quot; — verify it or sign in again.</source>
        <translation>%1 hat den Schlüssel von „%2“ abgelehnt – überprüfen Sie ihn oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached. You can keep writing; drafts are saved on this computer, and Creator Desk reconnects by itself.</source>
        <translation>Offline: %1 ist nicht erreichbar. Sie können weiterschreiben; Entwürfe werden auf diesem Computer gespeichert, und Creator Desk verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>der Dienst</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionRecord</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionStore</name>
    <message>
        <source>No place to keep the key is available.</source>
        <translation>Es ist kein Ort zum Aufbewahren des Schlüssels verfügbar.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionsPanel</name>
    <message>
        <source>&amp;Add key…</source>
        <translation>Schlüssel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Über&amp;prüfen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Add a connection by pasting a key</source>
        <translation>Verbindung durch Einfügen eines Schlüssels hinzufügen</translation>
    </message>
    <message>
        <source>Paste an API key of any service</source>
        <translation>API-Schlüssel eines beliebigen Dienstes einfügen</translation>
    </message>
    <message>
        <source>Sign in to xAIcreator</source>
        <translation>Bei xAIcreator anmelden</translation>
    </message>
    <message>
        <source>Sign in to xAIcreator with email, Google or X to get a key</source>
        <translation>Mit E-Mail, Google oder X bei xAIcreator anmelden, um einen Schlüssel zu erhalten</translation>
    </message>
    <message>
        <source>Verify the selected connection&apos;s key</source>
        <translation>Schlüssel der ausgewählten Verbindung überprüfen</translation>
    </message>
    <message>
        <source>Ask the service whether the key works</source>
        <translation>Beim Dienst nachfragen, ob der Schlüssel funktioniert</translation>
    </message>
    <message>
        <source>Rename the selected connection</source>
        <translation>Ausgewählte Verbindung umbenennen</translation>
    </message>
    <message>
        <source>Delete the selected connection</source>
        <translation>Ausgewählte Verbindung löschen</translation>
    </message>
    <message>
        <source>Forget the connection and remove its key from the keychain (Delete)</source>
        <translation>Verbindung vergessen und ihren Schlüssel aus dem Schlüsselbund entfernen (Entf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added. Press Enter to work with it, or choose it as the active connection.</source>
        <translation>„%1“ wurde hinzugefügt. Drücken Sie die Eingabetaste, um damit zu arbeiten, oder wählen Sie sie als aktive Verbindung.</translation>
    </message>
    <message>
        <source>Verifying &quot;%1&quot;…</source>
        <translation>„%1“ wird überprüft…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This connection was deleted.</source>
        <translation>Diese Verbindung wurde gelöscht.</translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation>Verbindung umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; (%2, key %3)? Its key is removed from the keychain. The key itself stays valid on the server until you revoke it there.</source>
        <translation>Die Verbindung „%1“ (%2, Schlüssel %3) löschen? Ihr Schlüssel wird aus dem Schlüsselbund entfernt. Der Schlüssel selbst bleibt auf dem Server gültig, bis Sie ihn dort widerrufen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Verify key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <source>%1 Check the key anyway?</source>
        <translation>%1 Den Schlüssel trotzdem prüfen?</translation>
    </message>
    <message>
        <source>&amp;Spend and verify</source>
        <translation>&amp;Bezahlen und prüfen</translation>
    </message>
    <message>
        <source>Another connection is called &quot;%1&quot; already; names tell connections apart, so choose another.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“; Namen unterscheiden Verbindungen, wählen Sie also einen anderen.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CountCommand</name>
    <message>
        <source>weighted</source>
        <translation>gewichtet</translation>
    </message>
    <message>
        <source>graphemes</source>
        <translation>Grapheme</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>UTF-16-Einheiten</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>over the limit from character %1</source>
        <translation>über dem Limit ab Zeichen %1</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>%1: %2/%3 %4, %5
</source>
        <extracomment>%1 platform, %2 length, %3 limit, %4 unit, %5 verdict</extracomment>
        <translation>%1: %2/%3 %4, %5
</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CreditCost</name>
    <message numerus="yes">
        <source>This costs %n credits. The balance is not known yet.</source>
        <translation>
            <numerusform>Das kostet %n Credit. Das Guthaben ist noch nicht bekannt.</numerusform>
            <numerusform>Das kostet %n Credits. Das Guthaben ist noch nicht bekannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This costs %n credits;</source>
        <translation>
            <numerusform>Das kostet %n Credit;</numerusform>
            <numerusform>Das kostet %n Credits;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you have %2. %n more are needed.</source>
        <translation>
            <numerusform>%1 Sie haben %2. Es fehlt noch %n.</numerusform>
            <numerusform>%1 Sie haben %2. Es fehlen noch %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you have %2, and %n will be left after it.</source>
        <translation>
            <numerusform>%1 Sie haben %2, danach bleibt %n übrig.</numerusform>
            <numerusform>%1 Sie haben %2, danach bleiben %n übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish to X</source>
        <translation>Auf X veröffentlichen</translation>
    </message>
    <message>
        <source>Quote a post on X</source>
        <translation>Beitrag auf X zitieren</translation>
    </message>
    <message>
        <source>Publish to several platforms</source>
        <translation>Auf mehreren Plattformen veröffentlichen</translation>
    </message>
    <message>
        <source>Post to Bluesky, Mastodon, Threads or LinkedIn</source>
        <translation>Auf Bluesky, Mastodon, Threads oder LinkedIn posten</translation>
    </message>
    <message>
        <source>Scheduled post (charged when it goes out)</source>
        <translation>Geplanter Beitrag (wird bei Veröffentlichung berechnet)</translation>
    </message>
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n Credit</numerusform>
            <numerusform>%n Credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credits per account</source>
        <translation>
            <numerusform>%n Credit pro Konto</numerusform>
            <numerusform>%n Credits pro Konto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your balance covers %n posts.</source>
        <translation>
            <numerusform>Ihr Guthaben reicht für %n Beitrag.</numerusform>
            <numerusform>Ihr Guthaben reicht für %n Beiträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published to %n accounts (multi-platform)</source>
        <translation>
            <numerusform>Auf %n Konto veröffentlicht (mehrere Plattformen)</numerusform>
            <numerusform>Auf %n Konten veröffentlicht (mehrere Plattformen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published to %n X accounts</source>
        <translation>
            <numerusform>Auf %n X-Konto veröffentlicht</numerusform>
            <numerusform>Auf %n X-Konten veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Quoted a post on X</source>
        <translation>Beitrag auf X zitiert</translation>
    </message>
    <message>
        <source>Posted to %1</source>
        <translation>Auf %1 gepostet</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CreditThreshold</name>
    <message numerus="yes">
        <source>Your balance is %n credits, below your warning level of %1. Top up before publishing more; each post costs 10 credits.</source>
        <translation>
            <numerusform>Ihr Guthaben beträgt %n Credit und liegt unter Ihrer Warnschwelle von %1. Laden Sie auf, bevor Sie weitere Beiträge veröffentlichen; jeder Beitrag kostet 10 Credits.</numerusform>
            <numerusform>Ihr Guthaben beträgt %n Credits und liegt unter Ihrer Warnschwelle von %1. Laden Sie auf, bevor Sie weitere Beiträge veröffentlichen; jeder Beitrag kostet 10 Credits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CreditsPane</name>
    <message>
        <source>&amp;Check balance</source>
        <translation>Guthaben &amp;prüfen</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Credit expiry</source>
        <translation>Ablauf der Credits</translation>
    </message>
    <message>
        <source>Balance checked</source>
        <translation>Guthaben geprüft</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <source>Balance problem</source>
        <translation>Problem mit dem Guthaben</translation>
    </message>
    <message>
        <source>Check the credit balance again</source>
        <translation>Guthaben erneut prüfen</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Anfragelimit:</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Credit warnings</source>
        <translation>Guthabenwarnungen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Request quota</source>
        <translation>Anfragekontingent</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Countdown bis zum nächsten Versuch</translation>
    </message>
    <message>
        <source>What the balance covers</source>
        <translation>Wofür das Guthaben reicht</translation>
    </message>
    <message>
        <source>What things cost</source>
        <translation>Was es kostet</translation>
    </message>
    <message>
        <source>Ask the service for the balance now (F5)</source>
        <translation>Guthaben jetzt beim Dienst abfragen (F5)</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Kontingent:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Wartezeit:</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <source>&amp;Warn me below</source>
        <translation>&amp;Warnen unter</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> Credits</translation>
    </message>
    <message>
        <source>Warn when the balance falls below this many credits</source>
        <translation>Warnen, wenn das Guthaben unter diese Anzahl Credits fällt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accounts whose post fails are not charged. Before publishing, the cost is shown next to the balance.</source>
        <translation>Konten, bei denen das Posten fehlschlägt, werden nicht belastet. Vor dem Veröffentlichen werden die Kosten neben dem Guthaben angezeigt.</translation>
    </message>
    <message>
        <source>Your credits have expired. Top up to publish again.</source>
        <translation>Ihre Credits sind abgelaufen. Laden Sie auf, um wieder veröffentlichen zu können.</translation>
    </message>
    <message>
        <source>Your credits expire within a day, %1. Use or renew them before then.</source>
        <translation>Ihre Credits laufen innerhalb eines Tages ab, %1. Verbrauchen oder verlängern Sie sie vorher.</translation>
    </message>
    <message numerus="yes">
        <source>Your credits expire in %n days, %1. Use or renew them before then.</source>
        <translation>
            <numerusform>Ihre Credits laufen in %n Tag ab, %1. Verbrauchen oder verlängern Sie sie vorher.</numerusform>
            <numerusform>Ihre Credits laufen in %n Tagen ab, %1. Verbrauchen oder verlängern Sie sie vorher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CreditsText</name>
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n Credit</numerusform>
            <numerusform>%n Credits</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>No balance</source>
        <translation>Kein Guthaben</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>No credits reported</source>
        <translation>Keine Credits gemeldet</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Credits: no connection</source>
        <translation>Credits: keine Verbindung</translation>
    </message>
    <message>
        <source>%1: no balance to show</source>
        <translation>%1: kein Guthaben anzuzeigen</translation>
    </message>
    <message>
        <source>Credits: checking…</source>
        <translation>Credits: wird geprüft…</translation>
    </message>
    <message>
        <source>Credits: not known</source>
        <translation>Credits: unbekannt</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>%1 · expire %2</source>
        <translation>%1 · Ablauf %2</translation>
    </message>
    <message>
        <source>%1 · %2 plan</source>
        <translation>%1 · Tarif %2</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (Stand %2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n hours)</source>
        <translation>
            <numerusform>%1 (in %n Stunde)</numerusform>
            <numerusform>%1 (in %n Stunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Wird jetzt geprüft…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>as of %1 (out of date)</source>
        <translation>Stand %1 (veraltet)</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 of %2 requests used</source>
        <translation>%1 von %2 Anfragen verbraucht</translation>
    </message>
    <message>
        <source>%1 of %2 requests used · resets %3</source>
        <translation>%1 von %2 Anfragen verbraucht · Zurücksetzung %3</translation>
    </message>
    <message>
        <source>%1 does not report a credit balance, so there is none to show here. Requests and the rate limit of this connection are still shown below.</source>
        <translation>%1 meldet kein Guthaben, daher kann hier keines angezeigt werden. Anfragen und Anfragelimit dieser Verbindung werden weiterhin unten angezeigt.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CsvReader</name>
    <message>
        <source>Line %1: a field is longer than 1 MB. Is this a CSV file?</source>
        <translation>Zeile %1: Ein Feld ist länger als 1 MB. Ist das eine CSV-Datei?</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields. Is this a CSV file?</source>
        <translation>Zeile %1 hat mehr als %2 Felder. Ist das eine CSV-Datei?</translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quote. Inside a quoted field, write a quote as two quotes (&quot;&quot;).</source>
        <translation>Zeile %1: Nach einem schließenden Anführungszeichen folgt noch Text. Innerhalb eines Felds in Anführungszeichen schreiben Sie ein Anführungszeichen als zwei (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The quote that opens a field on line %1 is never closed.</source>
        <translation>Das Anführungszeichen, das in Zeile %1 ein Feld öffnet, wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DemoConnector</name>
    <message>
        <source>This build has no description of the xAIcreator service, so the demo cannot connect. Please report this as a bug.</source>
        <translation>Diese Version enthält keine Beschreibung des Dienstes xAIcreator, daher kann sich die Demo nicht verbinden. Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>%1 demo (local sandbox)</source>
        <translation>%1-Demo (lokale Sandbox)</translation>
    </message>
    <message>
        <source>The demo connection was closed while signing in.</source>
        <translation>Die Demoverbindung wurde während der Anmeldung geschlossen.</translation>
    </message>
    <message>
        <source>Signing in to the demo server failed: %1</source>
        <translation>Die Anmeldung am Demoserver ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DemoSandbox</name>
    <message numerus="yes">
        <source>The demo server did not report its address within %n seconds.</source>
        <translation>
            <numerusform>Der Demoserver hat seine Adresse nicht innerhalb von %n Sekunde gemeldet.</numerusform>
            <numerusform>Der Demoserver hat seine Adresse nicht innerhalb von %n Sekunden gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server %1 could not be started: %2</source>
        <translation>Der Demoserver %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The demo server was not found at %1. It is built with Creator Desk and belongs in the same folder as the creatordesk program.</source>
        <translation>Der Demoserver wurde unter %1 nicht gefunden. Er wird mit Creator Desk erstellt und gehört in denselben Ordner wie das Programm creatordesk.</translation>
    </message>
    <message>
        <source>The demo server answered with &quot;%1&quot; instead of its local address.</source>
        <translation>Der Demoserver hat mit „%1“ statt mit seiner lokalen Adresse geantwortet.</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1).</source>
        <translation>Der Demoserver wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1): %2</source>
        <translation>Der Demoserver wurde beendet, bevor er bereit war (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DemoSchedule</name>
    <message>
        <source>Behind the scenes</source>
        <translation>Hinter den Kulissen</translation>
    </message>
    <message>
        <source>How we film our product videos.</source>
        <translation>So drehen wir unsere Produktvideos.</translation>
    </message>
    <message>
        <source>Archive repost</source>
        <translation>Aus dem Archiv</translation>
    </message>
    <message>
        <source>From the archive: our first launch.</source>
        <translation>Aus dem Archiv: unser erster Launch.</translation>
    </message>
    <message>
        <source>Product teaser</source>
        <translation>Produkt-Teaser</translation>
    </message>
    <message>
        <source>Something new is coming on Friday.</source>
        <translation>Am Freitag kommt etwas Neues.</translation>
    </message>
    <message>
        <source>Customer story</source>
        <translation>Kundengeschichte</translation>
    </message>
    <message>
        <source>How Ada&apos;s studio ships every week.</source>
        <translation>Wie Adas Studio jede Woche liefert.</translation>
    </message>
    <message>
        <source>Weekly recap</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>This week in five links.</source>
        <translation>Diese Woche in fünf Links.</translation>
    </message>
    <message>
        <source>Poll: which feature next?</source>
        <translation>Umfrage: Welche Funktion als Nächstes?</translation>
    </message>
    <message>
        <source>Vote for what we build next.</source>
        <translation>Stimmen Sie ab, was wir als Nächstes bauen.</translation>
    </message>
    <message>
        <source>Live Q&amp;A reminder</source>
        <translation>Erinnerung: Live-Fragerunde</translation>
    </message>
    <message>
        <source>Questions welcome, 6 pm today.</source>
        <translation>Fragen willkommen, heute um 18 Uhr.</translation>
    </message>
    <message>
        <source>Hiring: designer</source>
        <translation>Wir stellen ein: Designer</translation>
    </message>
    <message>
        <source>We are hiring a product designer.</source>
        <translation>Wir suchen eine Produktdesignerin oder einen Produktdesigner.</translation>
    </message>
    <message>
        <source>Tutorial thread</source>
        <translation>Anleitungs-Thread</translation>
    </message>
    <message>
        <source>Scheduling posts in five steps.</source>
        <translation>Beiträge in fünf Schritten einplanen.</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Monats-Newsletter</translation>
    </message>
    <message>
        <source>The month in review.</source>
        <translation>Der Monat im Rückblick.</translation>
    </message>
    <message>
        <source>Launch: the X thread</source>
        <translation>Start: der X-Thread</translation>
    </message>
    <message>
        <source>Creator Desk 0.2 is out. A thread on what is new.</source>
        <translation>Creator Desk 0.2 ist da. Ein Thread über die Neuerungen.</translation>
    </message>
    <message>
        <source>Launch: Bluesky</source>
        <translation>Start: Bluesky</translation>
    </message>
    <message>
        <source>Creator Desk 0.2 is out, with a calendar.</source>
        <translation>Creator Desk 0.2 ist da, mit einem Kalender.</translation>
    </message>
    <message>
        <source>Launch: Mastodon</source>
        <translation>Start: Mastodon</translation>
    </message>
    <message>
        <source>Creator Desk 0.2 is out. Free software, GPL 3.</source>
        <translation>Creator Desk 0.2 ist da. Freie Software, GPL 3.</translation>
    </message>
    <message>
        <source>Launch: LinkedIn</source>
        <translation>Start: LinkedIn</translation>
    </message>
    <message>
        <source>We released Creator Desk 0.2 today.</source>
        <translation>Wir haben heute Creator Desk 0.2 veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DesktopNotifications</name>
    <message>
        <source>Creator Desk</source>
        <translation>Creator Desk</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftDocument</name>
    <message>
        <source>Not connected: choose an xAIcreator connection in the toolbar, then save again. The draft stays on this computer.</source>
        <translation>Nicht verbunden: Wählen Sie in der Werkzeugleiste eine xAIcreator-Verbindung und speichern Sie erneut. Der Entwurf bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Post %1 is too long for %2 (%3 of %4). Shorten or split it, then save again.</source>
        <translation>Beitrag %1 ist für %2 zu lang (%3 von %4). Kürzen oder teilen Sie ihn und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>The planned time has passed. Choose a later time or no time, then save again.</source>
        <translation>Die geplante Zeit ist vorbei. Wählen Sie eine spätere Zeit oder keine Zeit und speichern Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftEditor</name>
    <message>
        <source>&amp;Number posts (1/n)</source>
        <translation>Beiträge &amp;nummerieren (1/n)</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation>Titel des Entwurfs</translation>
    </message>
    <message>
        <source>Publish to these accounts</source>
        <translation>In diesen Konten veröffentlichen</translation>
    </message>
    <message>
        <source>&quot;Split into thread&quot; ends every post with its number, e.g. &quot; 2/7&quot;; the number counts in the post&apos;s length.</source>
        <translation>„In Thread aufteilen“ beendet jeden Beitrag mit seiner Nummer, z. B. „ 2/7“; die Nummer zählt zur Länge des Beitrags.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <source>Saving to the server…</source>
        <translation>Wird auf dem Server gespeichert…</translation>
    </message>
    <message>
        <source>Not saved to the server: %1</source>
        <translation>Nicht auf dem Server gespeichert: %1</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Split into thread</source>
        <translation>In Thread aufteilen</translation>
    </message>
    <message>
        <source>Save to server</source>
        <translation>Auf Server speichern</translation>
    </message>
    <message>
        <source>Post %1 already fits every chosen platform.</source>
        <translation>Beitrag %1 passt bereits auf alle gewählten Plattformen.</translation>
    </message>
    <message numerus="yes">
        <source>Post %1 was split into %n posts.</source>
        <translation>
            <numerusform>Beitrag %1 wurde in %n Beitrag aufgeteilt.</numerusform>
            <numerusform>Beitrag %1 wurde in %n Beiträge aufgeteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation>Auf diesem Computer gespeichert um %1.</translation>
    </message>
    <message>
        <source>Not saved on this computer — %1</source>
        <translation>Nicht auf diesem Computer gespeichert – %1</translation>
    </message>
    <message>
        <source>Save as new server draft</source>
        <translation>Als neuen Serverentwurf speichern</translation>
    </message>
    <message>
        <source>Only on this computer.</source>
        <translation>Nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Only on this computer. Connect to xAIcreator to save it to the server.</source>
        <translation>Nur auf diesem Computer. Verbinden Sie sich mit xAIcreator, um ihn auf dem Server zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>On the server as draft %1, saved %2. The server cannot update a draft: saving again creates another server draft (%n so far).</source>
        <translation>
            <numerusform>Auf dem Server als Entwurf %1, gespeichert %2. Der Server kann Entwürfe nicht aktualisieren: Erneutes Speichern erstellt einen weiteren Serverentwurf (bisher %n).</numerusform>
            <numerusform>Auf dem Server als Entwurf %1, gespeichert %2. Der Server kann Entwürfe nicht aktualisieren: Erneutes Speichern erstellt einen weiteren Serverentwurf (bisher %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete post %1</source>
        <translation>Beitrag %1 löschen</translation>
    </message>
    <message>
        <source>Move post %1</source>
        <translation>Beitrag %1 verschieben</translation>
    </message>
    <message>
        <source>Split post %1</source>
        <translation>Beitrag %1 teilen</translation>
    </message>
    <message>
        <source>Merge posts %1 and %2</source>
        <translation>Beiträge %1 und %2 zusammenführen</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Einplanen …</translation>
    </message>
    <message>
        <source>Put this draft on the schedule calendar</source>
        <translation>Diesen Entwurf in den Zeitplan-Kalender eintragen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftEditorActions</name>
    <message>
        <source>Add post</source>
        <translation>Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Add a post after this one</source>
        <translation>Einen Beitrag nach diesem hinzufügen</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Delete this post</source>
        <translation>Diesen Beitrag löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move this post up</source>
        <translation>Diesen Beitrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move this post down</source>
        <translation>Diesen Beitrag nach unten verschieben</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>Hier teilen</translation>
    </message>
    <message>
        <source>Split this post at the cursor</source>
        <translation>Diesen Beitrag an der Cursorposition teilen</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Mit nächstem zusammenführen</translation>
    </message>
    <message>
        <source>Join the next post to the end of this one</source>
        <translation>Den nächsten Beitrag an das Ende dieses Beitrags anhängen</translation>
    </message>
    <message>
        <source>Split into thread</source>
        <translation>In Thread aufteilen</translation>
    </message>
    <message>
        <source>Cut this post into posts that fit every chosen platform</source>
        <translation>Diesen Beitrag in Beiträge aufteilen, die auf alle gewählten Plattformen passen</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Jetzt speichern</translation>
    </message>
    <message>
        <source>Write the draft to this computer now</source>
        <translation>Den Entwurf jetzt auf diesem Computer speichern</translation>
    </message>
    <message>
        <source>Save to server</source>
        <translation>Auf Server speichern</translation>
    </message>
    <message>
        <source>Create a server draft from this thread</source>
        <translation>Aus diesem Thread einen Serverentwurf erstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to the posts</source>
        <translation>Die letzte Änderung an den Beiträgen rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen …</translation>
    </message>
    <message>
        <source>Choose accounts and publish this thread now</source>
        <translation>Konten wählen und diesen Thread jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Zur Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Schedule this draft for its social set&apos;s next free posting time</source>
        <translation>Diesen Entwurf zur nächsten freien Veröffentlichungszeit seines Social Sets einplanen</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftListModel</name>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Only on this computer: not saved to the server yet.</source>
        <translation>Nur auf diesem Computer: noch nicht auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>Saved to the server as a draft.</source>
        <translation>Als Entwurf auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>On the server and scheduled for publishing.</source>
        <translation>Auf dem Server und zur Veröffentlichung eingeplant.</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftQueue</name>
    <message>
        <source>Choose the draft&apos;s accounts first: the queue belongs to their social set.</source>
        <translation>Wählen Sie zuerst die Konten des Entwurfs: Die Warteschlange gehört zu ihrem Social Set.</translation>
    </message>
    <message>
        <source>This social set has no posting times yet. Set them in the Schedule section (Posting times…).</source>
        <translation>Dieses Social Set hat noch keine Veröffentlichungszeiten. Legen Sie sie im Bereich „Zeitplan“ fest (Veröffentlichungszeiten…).</translation>
    </message>
    <message>
        <source>The schedule is still loading; try again in a moment.</source>
        <translation>Der Zeitplan wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Every posting time of the next year is taken.</source>
        <translation>Alle Veröffentlichungszeiten im kommenden Jahr sind belegt.</translation>
    </message>
    <message>
        <source>Scheduling is not available without a connection.</source>
        <translation>Ohne Verbindung ist kein Einplanen möglich.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftScheduler</name>
    <message>
        <source>Not connected: choose an xAIcreator connection in the toolbar, then schedule again.</source>
        <translation>Nicht verbunden: Wählen Sie in der Werkzeugleiste eine xAIcreator-Verbindung und planen Sie dann erneut.</translation>
    </message>
    <message>
        <source>A draft is still being scheduled. Try again in a moment.</source>
        <translation>Ein Entwurf wird gerade eingeplant. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Could not create the server draft: %1</source>
        <translation>Der Server-Entwurf konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not schedule the draft: %1</source>
        <translation>Der Entwurf konnte nicht eingeplant werden: %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftsCommand</name>
    <message>
        <source>No drafts on the server.</source>
        <translation>Keine Entwürfe auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft needs at least one --post TEXT.</source>
        <translation>Ein Entwurf braucht mindestens ein --post TEXT.</translation>
    </message>
    <message>
        <source>Post %1 is too long for %2: %3 of %4. Nothing was sent.</source>
        <translation>Beitrag %1 ist zu lang für %2: %3 von %4. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>No account with the id &quot;%1&quot; in your social sets.</source>
        <translation>Kein Konto mit der ID „%1“ in Ihren Social Sets.</translation>
    </message>
    <message>
        <source>Usage: drafts list [--social-set ID] | drafts create --title TITLE --post TEXT [--post TEXT ...] [--accounts ID,...] [--status draft|scheduled|published] [--template ID] | drafts import FILE [--dry-run] [--json]</source>
        <translation>Aufruf: drafts list [--social-set ID] | drafts create --title TITEL --post TEXT [--post TEXT ...] [--accounts ID,...] [--status draft|scheduled|published] [--template ID] | drafts import DATEI [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Could not read your social sets, which the rows&apos; accounts are checked against: %1</source>
        <translation>Ihre Social Sets, mit denen die Konten der Zeilen abgeglichen werden, konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>fits everywhere</source>
        <translation>passt überall</translation>
    </message>
    <message>
        <source>%1 Before that: %2</source>
        <translation>%1 Davor: %2</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftsPane</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Start a new draft (%1)</source>
        <translation>Neuen Entwurf beginnen (%1)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Untitled draft (copy)</source>
        <translation>Unbenannter Entwurf (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from this computer? This cannot be undone. Copies already saved to the server stay there.</source>
        <translation>„%1“ von diesem Computer löschen? Dies kann nicht rückgängig gemacht werden. Bereits auf dem Server gespeicherte Kopien bleiben dort erhalten.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Entwürfe durchsuchen</translation>
    </message>
    <message>
        <source>Search drafts by title or text</source>
        <translation>Entwürfe nach Titel oder Text durchsuchen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Load the server&apos;s drafts again</source>
        <translation>Die Entwürfe des Servers erneut laden</translation>
    </message>
    <message>
        <source>Delete the open draft from this computer</source>
        <translation>Den geöffneten Entwurf von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Open server draft</source>
        <translation>Serverentwurf öffnen</translation>
    </message>
    <message>
        <source>Server drafts are listed here when you are connected to xAIcreator (no connection now).</source>
        <translation>Serverentwürfe werden hier aufgeführt, wenn Sie mit xAIcreator verbunden sind (derzeit keine Verbindung).</translation>
    </message>
    <message>
        <source>Loading the server&apos;s drafts…</source>
        <translation>Die Entwürfe des Servers werden geladen…</translation>
    </message>
    <message>
        <source>The server&apos;s drafts could not be loaded: %1</source>
        <translation>Die Entwürfe des Servers konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Server drafts as of %1.</source>
        <translation>Serverentwürfe, Stand %1.</translation>
    </message>
    <message>
        <source>Social set of the listed drafts</source>
        <translation>Social Set der aufgeführten Entwürfe</translation>
    </message>
    <message>
        <source>List the drafts of one social set; drafts only on this computer with no account chosen yet are always listed</source>
        <translation>Die Entwürfe eines Social Sets aufführen; Entwürfe nur auf diesem Computer, für die noch kein Konto gewählt ist, werden immer aufgeführt</translation>
    </message>
    <message>
        <source>All social sets</source>
        <translation>Alle Social Sets</translation>
    </message>
    <message>
        <source>No drafts on the server yet: &quot;Save to server&quot; in the editor puts the open draft there.</source>
        <translation>Noch keine Entwürfe auf dem Server: „Auf Server speichern“ im Editor legt den geöffneten Entwurf dort ab.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::HttpClient</name>
    <message>
        <source>No API key is set for %1. Add one in the API keys pane.</source>
        <translation>Für %1 ist kein API-Schlüssel festgelegt. Fügen Sie im Bereich „API-Schlüssel“ einen hinzu.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Die zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>CSV: a first line naming the columns text, scheduled_at (optional, ISO 8601), accounts and media (optional); in a text cell, a blank line or a line --- starts the next post of the thread. Text or Markdown: one draft per block, blocks separated by a line ---.</source>
        <translation>CSV: eine erste Zeile, die die Spalten text, scheduled_at (optional, ISO 8601), accounts und media (optional) benennt; in einer text-Zelle beginnt eine Leerzeile oder eine Zeile --- den nächsten Beitrag des Threads. Text oder Markdown: ein Entwurf pro Block, Blöcke getrennt durch eine Zeile ---.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>Import the rows</source>
        <translation>Die Zeilen importieren</translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation>Den Import schließen</translation>
    </message>
    <message>
        <source>Posts (*.csv *.txt *.md *.markdown);;All files (*)</source>
        <translation>Beiträge (*.csv *.txt *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported from a file that cannot be read to its end; the %n row(s) read before the problem are shown above.</source>
        <translation>
            <numerusform>Aus einer Datei, die sich nicht bis zum Ende lesen lässt, kann nichts importiert werden; die %n vor dem Problem gelesene Zeile wird oben angezeigt.</numerusform>
            <numerusform>Aus einer Datei, die sich nicht bis zum Ende lesen lässt, kann nichts importiert werden; die %n vor dem Problem gelesenen Zeilen werden oben angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), all ready to import. Nothing is created until you press Import.</source>
        <translation>
            <numerusform>%n Zeile, bereit zum Importieren. Erst beim Importieren wird etwas erstellt.</numerusform>
            <numerusform>%n Zeilen, alle bereit zum Importieren. Erst beim Importieren wird etwas erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 ready to import, %2 with problems that will be skipped (see Verdict).</source>
        <translation>
            <numerusform>%n Zeile: %1 bereit zum Importieren, %2 mit Problemen, die übersprungen werden (siehe „Urteil“).</numerusform>
            <numerusform>%n Zeilen: %1 bereit zum Importieren, %2 mit Problemen, die übersprungen werden (siehe „Urteil“).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The rows imported so far stay imported. The row in progress is finished first, then nothing more is created.</source>
        <translation>Die bisher importierten Zeilen bleiben importiert. Die laufende Zeile wird noch abgeschlossen, danach wird nichts mehr erstellt.</translation>
    </message>
    <message>
        <source>Stopping after the row in progress…</source>
        <translation>Wird nach der laufenden Zeile angehalten…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation>Beiträge importieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf &amp;importieren</numerusform>
            <numerusform>%n Entwürfe &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Import anhalten?</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>Importieren anhalten</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportInput</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist UTF-16-Text. Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation>Zeile %1 ist kein UTF-8-Text. Speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportParser</name>
    <message numerus="yes">
        <source>This file has more than %n rows. Creator Desk imports at most %n at a time: split the file and import the parts one after the other.</source>
        <translation>
            <numerusform>Diese Datei hat mehr als %n Zeile. Creator Desk importiert höchstens %n auf einmal: Teilen Sie die Datei auf und importieren Sie die Teile nacheinander.</numerusform>
            <numerusform>Diese Datei hat mehr als %n Zeilen. Creator Desk importiert höchstens %n auf einmal: Teilen Sie die Datei auf und importieren Sie die Teile nacheinander.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportPreviewModel</name>
    <message>
        <source>The preview was stopped before the end of the file.</source>
        <translation>Die Vorschau wurde vor dem Ende der Datei angehalten.</translation>
    </message>
    <message>
        <source>fits everywhere</source>
        <translation>passt überall</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>First post</source>
        <translation>Erster Beitrag</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Scheduled at</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportReader</name>
    <message>
        <source>%1 is not a file Creator Desk imports: choose a .csv, .txt or .md file.</source>
        <translation>%1 ist keine Datei, die Creator Desk importiert: Wählen Sie eine .csv-, .txt- oder .md-Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>There are no posts in this file.</source>
        <translation>Diese Datei enthält keine Beiträge.</translation>
    </message>
    <message>
        <source>The first line of a CSV file must name its columns, and one of them must be “text”. Found: %1.</source>
        <translation>Die erste Zeile einer CSV-Datei muss ihre Spalten benennen, und eine davon muss „text“ heißen. Gefunden: %1.</translation>
    </message>
    <message>
        <source>This row has no text.</source>
        <translation>Diese Zeile hat keinen Text.</translation>
    </message>
    <message>
        <source>“%1” is not a time: write it as ISO 8601, such as 2025-06-01T09:30:00Z.</source>
        <translation>„%1“ ist keine Zeitangabe: Schreiben Sie sie im Format ISO 8601, etwa 2025-06-01T09:30:00Z.</translation>
    </message>
    <message>
        <source>Line %1 is longer than 1 MB. Is this a text file?</source>
        <translation>Zeile %1 ist länger als 1 MB. Ist das eine Textdatei?</translation>
    </message>
    <message>
        <source>The post that starts on line %1 is longer than 1 MB. Separate posts with a line “---”.</source>
        <translation>Der Beitrag, der in Zeile %1 beginnt, ist länger als 1 MB. Trennen Sie Beiträge durch eine Zeile „---“.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportRow</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a platform, account or &quot;media&quot;, %2 the problem</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportRunner</name>
    <message>
        <source>scheduled for %1</source>
        <translation>geplant für %1</translation>
    </message>
    <message>
        <source>%1 Its draft was saved on this computer, not scheduled.</source>
        <translation>%1 Der Entwurf wurde auf diesem Computer gespeichert, aber nicht eingeplant.</translation>
    </message>
    <message>
        <source>skipped because of its problems</source>
        <translation>wegen ihrer Probleme übersprungen</translation>
    </message>
    <message>
        <source>There is no place to keep drafts on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Ort, an dem Entwürfe aufbewahrt werden können.</translation>
    </message>
    <message>
        <source>Not connected: media and times need a connection to xAIcreator.</source>
        <translation>Nicht verbunden: Medien und Zeiten erfordern eine Verbindung zu xAIcreator.</translation>
    </message>
    <message>
        <source>Could not save its draft: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save its media in its draft: %1</source>
        <translation>Die Medien konnten nicht im Entwurf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not upload its media: %1 Its draft was saved on this computer without them.</source>
        <translation>Die Medien konnten nicht hochgeladen werden: %1 Der Entwurf wurde ohne sie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>the service answered for fewer files</source>
        <translation>der Dienst hat für weniger Dateien geantwortet</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Row %1 failed: %2 Nothing was imported.</source>
        <translation>Zeile %1 ist fehlgeschlagen: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Row %1 done, row %2 failed: %3</source>
        <translation>Zeile %1 erledigt, Zeile %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Rows %1–%2 done, row %3 failed: %4</source>
        <translation>Zeilen %1–%2 erledigt, Zeile %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Nothing after row %1 was imported.</source>
        <translation>Nach Zeile %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Stopped before the first row: nothing was imported.</source>
        <translation>Vor der ersten Zeile angehalten: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Stopped: row %1 done, nothing after it was imported.</source>
        <translation>Angehalten: Zeile %1 erledigt, danach wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Stopped: rows %1–%2 done, nothing after row %2 was imported.</source>
        <translation>Angehalten: Zeilen %1–%2 erledigt, nach Zeile %2 wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) created.</source>
        <translation>
            <numerusform>%n Entwurf erstellt.</numerusform>
            <numerusform>%n Entwürfe erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them scheduled.</source>
        <translation>
            <numerusform>Davon wurde %n eingeplant.</numerusform>
            <numerusform>Davon wurden %n eingeplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped because of their problems.</source>
        <translation>
            <numerusform>%n Zeile wegen ihrer Probleme übersprungen.</numerusform>
            <numerusform>%n Zeilen wegen ihrer Probleme übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportVerdicts</name>
    <message>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Media files are uploaded as the drafts are created: connect to xAIcreator first.</source>
        <translation>Mediendateien werden beim Erstellen der Entwürfe hochgeladen: Verbinden Sie sich zuerst mit xAIcreator.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Einplanung</translation>
    </message>
    <message>
        <source>Scheduling needs a connection to xAIcreator.</source>
        <translation>Zum Einplanen ist eine Verbindung zu xAIcreator nötig.</translation>
    </message>
    <message>
        <source>A row with a time needs at least one account in its accounts column to publish to.</source>
        <translation>Eine Zeile mit einer Zeit braucht in ihrer Spalte accounts mindestens ein Konto, auf dem veröffentlicht wird.</translation>
    </message>
    <message>
        <source>There is no account with this id in your social sets.</source>
        <translation>In Ihren Social Sets gibt es kein Konto mit dieser ID.</translation>
    </message>
    <message>
        <source>The post is over the limit: %1 of %2.</source>
        <translation>Der Beitrag überschreitet das Limit: %1 von %2.</translation>
    </message>
    <message>
        <source>Post %1 is over the limit: %2 of %3.</source>
        <translation>Beitrag %1 überschreitet das Limit: %2 von %3.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::JsonStringArrayReader</name>
    <message>
        <source>Not a JSON array of strings (at byte %1): %2</source>
        <translation>Kein JSON-Array aus Zeichenketten (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>the input does not start with [</source>
        <translation>die Eingabe beginnt nicht mit [</translation>
    </message>
    <message>
        <source>expected , or ] after an element</source>
        <translation>nach einem Element wird , oder ] erwartet</translation>
    </message>
    <message>
        <source>there is more after the array&apos;s end</source>
        <translation>nach dem Ende des Arrays folgt noch etwas</translation>
    </message>
    <message>
        <source>every element must be a string</source>
        <translation>jedes Element muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>an unknown escape after \</source>
        <translation>eine unbekannte Escape-Sequenz nach \</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeyFormatCheck</name>
    <message>
        <source>hexadecimal characters (0-9, a-f)</source>
        <translation>Hexadezimalzeichen (0-9, a-f)</translation>
    </message>
    <message>
        <source>letters and digits</source>
        <translation>Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>letters, digits, - or _</source>
        <translation>Buchstaben, Ziffern, - oder _</translation>
    </message>
    <message>
        <source>The key contains &quot;%1&quot;; after %2 it may only have %3.</source>
        <translation>Der Schlüssel enthält „%1“; nach %2 darf er nur %3 enthalten.</translation>
    </message>
    <message>
        <source>After %1 the key needs exactly %2 %3; this one has %4.</source>
        <translation>Nach %1 benötigt der Schlüssel genau %2 %3; dieser hat %4.</translation>
    </message>
    <message>
        <source>The key is too short: after %1 it needs at least %2 characters; this one has %3. Copy the whole key.</source>
        <translation>Der Schlüssel ist zu kurz: Nach %1 benötigt er mindestens %2 Zeichen; dieser hat %3. Kopieren Sie den vollständigen Schlüssel.</translation>
    </message>
    <message>
        <source>The key is too long: after %1 it has at most %2 characters; this one has %3.</source>
        <translation>Der Schlüssel ist zu lang: Nach %1 hat er höchstens %2 Zeichen; dieser hat %3.</translation>
    </message>
    <message>
        <source>This is not a valid key: it should be %1.</source>
        <translation>Dies ist kein gültiger Schlüssel: Er sollte %1 sein.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Spaces or line breaks around the key were removed.</source>
        <translation>Leerzeichen oder Zeilenumbrüche um den Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>Quotes around the key were removed.</source>
        <translation>Anführungszeichen um den Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>The key contains a space or line break. Copy it again in one piece.</source>
        <translation>Der Schlüssel enthält ein Leerzeichen oder einen Zeilenumbruch. Kopieren Sie ihn erneut in einem Stück.</translation>
    </message>
    <message>
        <source>A %1 key starts with %2.</source>
        <translation>Ein %1-Schlüssel beginnt mit %2.</translation>
    </message>
    <message>
        <source>This looks like a %1 key; choose %1 as the service.</source>
        <translation>Dies sieht wie ein %1-Schlüssel aus; wählen Sie %1 als Dienst.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeyRotation</name>
    <message>
        <source>This service does not let Creator Desk create keys, so it cannot rotate them. Create a new key in the service&apos;s dashboard, paste it here, then revoke the old one.</source>
        <translation>Dieser Dienst erlaubt Creator Desk nicht, Schlüssel zu erstellen, daher können sie nicht rotiert werden. Erstellen Sie einen neuen Schlüssel im Dashboard des Dienstes, fügen Sie ihn hier ein und widerrufen Sie dann den alten.</translation>
    </message>
    <message>
        <source>The current key could not be read: %1 Nothing was changed.</source>
        <translation>Der aktuelle Schlüssel konnte nicht gelesen werden: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Creator Desk %1</source>
        <translation>Creator Desk %1</translation>
    </message>
    <message>
        <source>A new key could not be created: %1 Nothing was changed.</source>
        <translation>Es konnte kein neuer Schlüssel erstellt werden: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new key did not work (%1).</source>
        <translation>Der neue Schlüssel hat nicht funktioniert (%1).</translation>
    </message>
    <message>
        <source>The new key could not be saved (%1).</source>
        <translation>Der neue Schlüssel konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The connection now uses the new key, but the old key is still active: %1 Revoke it in the list of keys.</source>
        <translation>Die Verbindung verwendet jetzt den neuen Schlüssel, aber der alte Schlüssel ist noch aktiv: %1 Widerrufen Sie ihn in der Schlüsselliste.</translation>
    </message>
    <message>
        <source>it could not be told apart from the other keys.</source>
        <translation>er konnte nicht von den anderen Schlüsseln unterschieden werden.</translation>
    </message>
    <message>
        <source>The key was rotated: the connection uses the new key and the old one is revoked.</source>
        <translation>Der Schlüssel wurde rotiert: Die Verbindung verwendet den neuen Schlüssel, und der alte wurde widerrufen.</translation>
    </message>
    <message>
        <source>%1 It was revoked again; the connection keeps its old key.</source>
        <translation>%1 Er wurde wieder widerrufen; die Verbindung behält ihren alten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 The connection keeps its old key. The new key &quot;%2&quot; could not be revoked (%3); revoke it in the list of keys.</source>
        <translation>%1 Die Verbindung behält ihren alten Schlüssel. Der neue Schlüssel „%2“ konnte nicht widerrufen werden (%3); widerrufen Sie ihn in der Schlüsselliste.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeyVerifier</name>
    <message numerus="yes">
        <source>The key works. Balance: %n credit(s).</source>
        <translation>
            <numerusform>Der Schlüssel funktioniert. Guthaben: %n Credit.</numerusform>
            <numerusform>Der Schlüssel funktioniert. Guthaben: %n Credits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation>Der Schlüssel funktioniert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 can only check a key by running a request that costs %n credit(s) when the key works (nothing when it fails).</source>
        <translation>
            <numerusform>%1 kann einen Schlüssel nur mit einer Anfrage prüfen, die %n Credit kostet, wenn der Schlüssel funktioniert (nichts, wenn nicht).</numerusform>
            <numerusform>%1 kann einen Schlüssel nur mit einer Anfrage prüfen, die %n Credits kostet, wenn der Schlüssel funktioniert (nichts, wenn nicht).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The key was not checked, so that no credit is spent without asking.</source>
        <translation>%1 Der Schlüssel wurde nicht geprüft, damit kein Credit ungefragt ausgegeben wird.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeychainCheck</name>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 The service shows a new key only once. Creator Desk can keep it for this run only, and show it to you once so that you can copy it. Go on?</source>
        <translation>%1 Der Dienst zeigt einen neuen Schlüssel nur einmal. Creator Desk kann ihn nur für diese Sitzung behalten und ihn Ihnen einmal zeigen, damit Sie ihn kopieren können. Fortfahren?</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeychainSecretStore</name>
    <message>
        <source>No key is stored in the keychain for this connection.</source>
        <translation>Für diese Verbindung ist kein Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No keychain can be reached (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must be running and unlocked.</source>
        <translation>Es ist kein Schlüsselbund erreichbar (%1). Unter Linux muss ein Geheimnisdienst wie GNOME Keyring oder KWallet laufen und entsperrt sein.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeysCommand</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 has no key management that Creator Desk can use.</source>
        <translation>%1 hat keine Schlüsselverwaltung, die Creator Desk verwenden kann.</translation>
    </message>
    <message>
        <source>Usage: keys list | keys create --name NAME | keys revoke ID | keys verify</source>
        <translation>Aufruf: keys list | keys create --name NAME | keys revoke ID | keys verify</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt verwendet %1</translation>
    </message>
    <message>
        <source>  (in use)</source>
        <translation>  (in Verwendung)</translation>
    </message>
    <message>
        <source>Give the new key a name with --name.</source>
        <translation>Geben Sie dem neuen Schlüssel mit --name einen Namen.</translation>
    </message>
    <message>
        <source>Created key &quot;%1&quot; (%2, id %3). In demo mode it is not stored.</source>
        <translation>Schlüssel „%1“ erstellt (%2, ID %3). Im Demomodus wird er nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no key with the id %1.</source>
        <translation>Es gibt keinen Schlüssel mit der ID %1.</translation>
    </message>
    <message>
        <source>Key %1 is the one this connection uses. Switch the connection to another key first (or rotate it in Creator Desk).</source>
        <translation>Schlüssel %1 wird von dieser Verbindung verwendet. Stellen Sie die Verbindung zuerst auf einen anderen Schlüssel um (oder rotieren Sie ihn in Creator Desk).</translation>
    </message>
    <message>
        <source>Revoked key &quot;%1&quot; (id %2).</source>
        <translation>Schlüssel „%1“ widerrufen (ID %2).</translation>
    </message>
    <message>
        <source>  (maybe in use)</source>
        <translation>  (vielleicht in Gebrauch)</translation>
    </message>
    <message>
        <source>%1 No key was created: the service would show it only once, and it could not be kept. Start or unlock the keychain and try again, or add --print-key to have the key printed once to this terminal instead.</source>
        <translation>%1 Es wurde kein Schlüssel erstellt: Der Dienst würde ihn nur einmal zeigen, und er könnte nicht aufbewahrt werden. Starten oder entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder geben Sie --print-key an, damit der Schlüssel stattdessen einmal in diesem Terminal ausgegeben wird.</translation>
    </message>
    <message>
        <source>Created key &quot;%1&quot; (%2, id %3) and stored it in the keychain as the connection &quot;%4&quot;.</source>
        <translation>Schlüssel „%1“ (%2, ID %3) erstellt und im Schlüsselbund als Verbindung „%4“ gespeichert.</translation>
    </message>
    <message>
        <source>Created key &quot;%1&quot; (id %2), but it could not be stored: %3 Here it is, shown only this once:</source>
        <translation>Schlüssel „%1“ (ID %2) erstellt, aber er konnte nicht gespeichert werden: %3 Hier ist er, nur dieses eine Mal angezeigt:</translation>
    </message>
    <message>
        <source>%1 lists only the key&apos;s environment (%2), so it cannot be told whether this connection uses key %3.</source>
        <translation>%1 führt nur die Umgebung des Schlüssels auf (%2), daher lässt sich nicht sagen, ob diese Verbindung den Schlüssel %3 verwendet.</translation>
    </message>
    <message>
        <source>That was the key this connection used: it no longer works. Use another key of this account for the connection.</source>
        <translation>Das war der Schlüssel dieser Verbindung: Er funktioniert nicht mehr. Verwenden Sie für die Verbindung einen anderen Schlüssel dieses Kontos.</translation>
    </message>
    <message>
        <source>%1 Spend it?</source>
        <translation>%1 Ausgeben?</translation>
    </message>
    <message>
        <source>%1 The key was not checked. Add --spend-credit to allow it.</source>
        <translation>%1 Der Schlüssel wurde nicht geprüft. Geben Sie --spend-credit an, um es zu erlauben.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LanguageBox</name>
    <message>
        <source>Language of this draft</source>
        <translation>Sprache dieses Entwurfs</translation>
    </message>
    <message>
        <source>Spelling is checked in this language; Bluesky and Mastodon are told it</source>
        <translation>Die Rechtschreibung wird in dieser Sprache geprüft; Bluesky und Mastodon bekommen sie mitgeteilt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No spelling dictionary found on this computer</source>
        <translation>Auf diesem Computer wurde kein Rechtschreibwörterbuch gefunden</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LoginCommand</name>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>Signing in is available for xAIcreator; for %1, paste a key in Creator Desk.</source>
        <translation>Die Anmeldung ist für xAIcreator verfügbar; für %1 fügen Sie in Creator Desk einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Waiting for the browser (up to 5 minutes; Ctrl+C cancels)...</source>
        <translation>Warten auf den Browser (bis zu 5 Minuten; Strg+C bricht ab)...</translation>
    </message>
    <message>
        <source>Signed in as %1 (key %2). In demo mode the key is not stored.</source>
        <translation>Angemeldet als %1 (Schlüssel %2). Im Demomodus wird der Schlüssel nicht gespeichert.</translation>
    </message>
    <message>
        <source>Usage: login --email ADDRESS | login --google | login --twitter [--print-key]</source>
        <translation>Aufruf: login --email ADRESSE | login --google | login --twitter [--print-key]</translation>
    </message>
    <message>
        <source>%1 Creator Desk did not sign in: the server would show the new key only once, and it could not be kept. Start or unlock the keychain and try again, or add --print-key to have the key printed once to this terminal instead.</source>
        <translation>%1 Creator Desk hat sich nicht angemeldet: Der Server würde den neuen Schlüssel nur einmal zeigen, und er könnte nicht aufbewahrt werden. Starten oder entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder geben Sie --print-key an, damit der Schlüssel stattdessen einmal in diesem Terminal ausgegeben wird.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Signed in as %1. The key %2 is stored in the keychain as the connection &quot;%3&quot;.</source>
        <translation>Angemeldet als %1. Der Schlüssel %2 ist im Schlüsselbund als Verbindung „%3“ gespeichert.</translation>
    </message>
    <message>
        <source>Signed in, but: %1</source>
        <translation>Angemeldet, aber: %1</translation>
    </message>
    <message>
        <source>Signed in as %1, but the key could not be stored: %2 Here it is, shown only this once:</source>
        <translation>Angemeldet als %1, aber der Schlüssel konnte nicht gespeichert werden: %2 Hier ist er, nur dieses eine Mal angezeigt:</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LoopbackAuthFlow</name>
    <message>
        <source>Creator Desk could not wait for the browser&apos;s answer: %1</source>
        <translation>Creator Desk konnte nicht auf die Antwort des Browsers warten: %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LoopbackListener</name>
    <message>
        <source>A request was too large.</source>
        <translation>Eine Anfrage war zu groß.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>This request was refused.</source>
        <translation>Diese Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>A malformed request was ignored.</source>
        <translation>Eine fehlerhafte Anfrage wurde ignoriert.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Fehlerhafte Anfrage</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>A sign-in answer with a wrong or missing state was refused.</source>
        <translation>Eine Anmeldeantwort mit falschem oder fehlendem State wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in Creator Desk started. Return to Creator Desk and start again if needed.</source>
        <translation>Diese Anmeldeantwort gehört nicht zu der von Creator Desk gestarteten Anmeldung. Kehren Sie zu Creator Desk zurück und starten Sie bei Bedarf erneut.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>The sign-in was not allowed. You can close this window and return to Creator Desk.</source>
        <translation>Die Anmeldung wurde nicht erlaubt. Sie können dieses Fenster schließen und zu Creator Desk zurückkehren.</translation>
    </message>
    <message>
        <source>A sign-in answer without a code was refused.</source>
        <translation>Eine Anmeldeantwort ohne Code wurde abgelehnt.</translation>
    </message>
    <message>
        <source>This sign-in answer has no code.</source>
        <translation>Diese Anmeldeantwort enthält keinen Code.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Creator Desk received the sign-in. You can close this window.</source>
        <translation>Creator Desk hat die Anmeldung erhalten. Sie können dieses Fenster schließen.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LowBalanceNotifier</name>
    <message>
        <source>%1 credits are low</source>
        <translation>%1: Credits werden knapp</translation>
    </message>
    <message>
        <source>Open &amp;Credits</source>
        <translation>&amp;Credits öffnen</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MainWindow</name>
    <message>
        <source>Creator Desk</source>
        <translation>Creator Desk</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Creator Desk</source>
        <translation>&amp;Über Creator Desk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Active connection</source>
        <translation>Aktive Verbindung</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Choose which account every section shows</source>
        <translation>Wählen Sie, welches Konto alle Bereiche anzeigen</translation>
    </message>
    <message>
        <source>No connection is set up yet</source>
        <translation>Es ist noch keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>About Creator Desk</source>
        <translation>Über Creator Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Creator Desk %1&lt;/h3&gt;&lt;p&gt;Write, schedule and publish posts through API-key services.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Creator Desk %1&lt;/h3&gt;&lt;p&gt;Beiträge über API-Schlüssel-Dienste schreiben, planen und veröffentlichen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This section belongs to xAIcreator. The active connection is %1; choose an xAIcreator connection in the toolbar to use it.</source>
        <translation>Dieser Bereich gehört zu xAIcreator. Die aktive Verbindung ist %1; wählen Sie in der Werkzeugleiste eine xAIcreator-Verbindung, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>The sign-in of an X account has expired. Connect it again to the social set it belongs to; X asks you to allow xAIcreator to post for it.</source>
        <translation>Die Anmeldung eines X-Kontos ist abgelaufen. Verbinden Sie es erneut mit dem Social Set, zu dem es gehört; X bittet Sie, xAIcreator das Posten dafür zu erlauben.</translation>
    </message>
    <message>
        <source>Load the current section again (%1)</source>
        <translation>Aktuellen Bereich neu laden (%1)</translation>
    </message>
    <message>
        <source>&amp;Import posts…</source>
        <translation>Beiträge &amp;importieren…</translation>
    </message>
    <message>
        <source>Drafts from a CSV, text or Markdown file, previewed first</source>
        <translation>Entwürfe aus einer CSV-, Text- oder Markdown-Datei, vorher mit Vorschau</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MastodonInstanceClient</name>
    <message>
        <source>The server&apos;s answer has no character limit.</source>
        <translation>Die Antwort des Servers enthält kein Zeichenlimit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a server.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Mastodon server: %2</source>
        <translation>%1 hat geantwortet, aber nicht wie ein Mastodon-Server: %2</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MediaAttachmentModel</name>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf das Hochladen</translation>
    </message>
    <message>
        <source>Uploading, %1 %</source>
        <translation>Wird hochgeladen, %1 %</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MediaCommand</name>
    <message>
        <source>Usage: media upload FILE...</source>
        <translation>Aufruf: media upload DATEI...</translation>
    </message>
    <message>
        <source>Nothing was uploaded.</source>
        <translation>Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Uploading: %1 % (%2 of %3), %4 of %5 files done</source>
        <translation>Hochladen: %1 % (%2 von %3), %4 von %5 Dateien fertig</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 wurde nicht hochgeladen: %2</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MediaStrip</name>
    <message>
        <source>VIDEO</source>
        <translation>VIDEO</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Add &amp;media…</source>
        <translation>&amp;Medien hinzufügen …</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Pictures (JPEG, PNG, WebP), GIFs or videos (MP4, MOV, WebM); you can also drop files on the post or paste an image</source>
        <translation>Bilder (JPEG, PNG, WebP), GIFs oder Videos (MP4, MOV, WebM); Sie können auch Dateien auf den Beitrag ziehen oder ein Bild einfügen</translation>
    </message>
    <message>
        <source>Add media to this post</source>
        <translation>Medien zu diesem Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Paste an image from the clipboard</source>
        <translation>Ein Bild aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Upload progress of this post&apos;s media</source>
        <translation>Fortschritt beim Hochladen der Medien dieses Beitrags</translation>
    </message>
    <message>
        <source>Cancel all uploads of this post</source>
        <translation>Alle Uploads dieses Beitrags abbrechen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <source>Pictures and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm);;All files (*)</source>
        <translation>Bilder und Videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MediaTile</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>Hochladen von %1 abbrechen</translation>
    </message>
    <message>
        <source>Try uploading %1 again</source>
        <translation>%1 erneut hochladen</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>Erneut hochladen</translation>
    </message>
    <message>
        <source>Remove %1 from this post</source>
        <translation>%1 aus diesem Beitrag entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1
Ctrl+Left / Ctrl+Right moves it, Delete removes it.</source>
        <translation>%1
Strg+Links / Strg+Rechts verschiebt es, Entf entfernt es.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MemorySecretStore</name>
    <message>
        <source>No key is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MonthView</name>
    <message>
        <source>Schedule calendar, month</source>
        <translation>Zeitplan-Kalender, Monat</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::NewKeyDialog</name>
    <message>
        <source>C&amp;reate key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Store as a new connection</source>
        <translation>Als neue Verbindung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Create an API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message>
        <source>For example: Laptop</source>
        <translation>Zum Beispiel: Laptop</translation>
    </message>
    <message>
        <source>Problem creating the key</source>
        <translation>Problem beim Erstellen des Schlüssels</translation>
    </message>
    <message>
        <source>Create the key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Store the new key as a new connection</source>
        <translation>Neuen Schlüssel als neue Verbindung speichern</translation>
    </message>
    <message>
        <source>The key goes into the keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>No keychain can be reached: the connection is kept for this run only.</source>
        <translation>Es ist kein Schlüsselbund erreichbar: Die Verbindung wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The key was not created: %1</source>
        <translation>Der Schlüssel wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Create it for &amp;this run only</source>
        <translation>Nur für diese &amp;Sitzung erstellen</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::NewKeyKeeper</name>
    <message>
        <source>There is no place to keep the key.</source>
        <translation>Es gibt keinen Ort, an dem der Schlüssel aufbewahrt werden kann.</translation>
    </message>
    <message>
        <source>The new key could not be stored (%1), and it could not be revoked either: revoke it in the service&apos;s dashboard.</source>
        <translation>Der neue Schlüssel konnte nicht gespeichert werden (%1) und auch nicht widerrufen werden: Widerrufen Sie ihn im Dashboard des Dienstes.</translation>
    </message>
    <message>
        <source>The new key could not be stored (%1), and %2 cannot revoke keys through its API: revoke it in the service&apos;s dashboard.</source>
        <translation>Der neue Schlüssel konnte nicht gespeichert werden (%1), und %2 kann Schlüssel nicht über seine API widerrufen: Widerrufen Sie ihn im Dashboard des Dienstes.</translation>
    </message>
    <message>
        <source>The new key could not be stored (%1), and it could not be found in the service&apos;s list of keys to revoke it (%2): revoke it in the service&apos;s dashboard.</source>
        <translation>Der neue Schlüssel konnte nicht gespeichert werden (%1), und er war in der Schlüsselliste des Dienstes nicht zu finden, um ihn zu widerrufen (%2): Widerrufen Sie ihn im Dashboard des Dienstes.</translation>
    </message>
    <message>
        <source>it could not be told apart</source>
        <translation>er ließ sich nicht von den anderen unterscheiden</translation>
    </message>
    <message>
        <source>The new key (id %1) could not be stored (%2), and revoking it failed: %3 Revoke it (id %1) in the list of API keys or in the service&apos;s dashboard.</source>
        <translation>Der neue Schlüssel (ID %1) konnte nicht gespeichert werden (%2), und sein Widerruf ist fehlgeschlagen: %3 Widerrufen Sie ihn (ID %1) in der Liste der API-Schlüssel oder im Dashboard des Dienstes.</translation>
    </message>
    <message>
        <source>The new key could not be stored (%1), so it was revoked at once rather than left working with nobody holding it.</source>
        <translation>Der neue Schlüssel konnte nicht gespeichert werden (%1) und wurde daher sofort widerrufen, statt gültig zu bleiben, ohne dass jemand ihn hat.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::OAuthSignIn</name>
    <message>
        <source>The sign-in was not allowed in the browser.</source>
        <translation>Die Anmeldung wurde im Browser nicht erlaubt.</translation>
    </message>
    <message>
        <source>The sign-in was not completed within 5 minutes. Start it again when you are ready.</source>
        <translation>Die Anmeldung wurde nicht innerhalb von 5 Minuten abgeschlossen. Starten Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is no connection to sign in with.</source>
        <translation>Es gibt keine Verbindung, mit der angemeldet werden kann.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::OneTimeKeyView</name>
    <message>
        <source>&amp;Copy key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>This is the only time the whole key is shown. Copy it now to wherever it is needed.</source>
        <translation>Nur jetzt wird der vollständige Schlüssel angezeigt. Kopieren Sie ihn jetzt dorthin, wo er benötigt wird.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Warning from the service</source>
        <translation>Warnung des Dienstes</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Status der Zwischenablage</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Schlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the key.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert, falls sie den Schlüssel noch enthält.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert, falls sie den Schlüssel noch enthält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::Outbox</name>
    <message>
        <source>The outbox could not be written to %1: %2</source>
        <translation>Der Postausgang konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PersonalDictionary</name>
    <message>
        <source>Your dictionary %1 cannot be read: %2</source>
        <translation>Ihr Wörterbuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a word that can be added to your dictionary.</source>
        <translation>„%1“ ist kein Wort, das zu Ihrem Wörterbuch hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added to your dictionary %2: %3</source>
        <translation>„%1“ konnte nicht zu Ihrem Wörterbuch %2 hinzugefügt werden: %3</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PlannedTimeEdit</name>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Geplant für:</translation>
    </message>
    <message>
        <source>Sent with &quot;Save to server&quot; as the server draft&apos;s planned time. To publish at a time, schedule the draft.</source>
        <translation>Wird mit „Auf Server speichern“ als geplante Zeit des Serverentwurfs gesendet. Um zu einer Zeit zu veröffentlichen, planen Sie den Entwurf ein.</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Geplante Zeit</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::Platform</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PostDragHandle</name>
    <message>
        <source>Drag to move this post (or Alt+Up / Alt+Down)</source>
        <translation>Ziehen, um diesen Beitrag zu verschieben (oder Alt+Hoch / Alt+Runter)</translation>
    </message>
    <message>
        <source>Move post</source>
        <translation>Beitrag verschieben</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PostEditor</name>
    <message>
        <source>What do you want to say?</source>
        <translation>Was möchten Sie sagen?</translation>
    </message>
    <message>
        <source>Post %1 of %2</source>
        <translation>Beitrag %1 von %2</translation>
    </message>
    <message>
        <source>Text of post %1 of %2</source>
        <translation>Text von Beitrag %1 von %2</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Beitrag %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3, %n over the limit</source>
        <translation>
            <numerusform>%1: %2 von %3, %n über dem Limit</numerusform>
            <numerusform>%1: %2 von %3, %n über dem Limit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Past the limit</source>
        <translation>Über dem Limit</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PostStack</name>
    <message>
        <source>Posts of the thread</source>
        <translation>Beiträge des Threads</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishCommand</name>
    <message>
        <source>--quote needs a link to a post on X or its number.</source>
        <translation>--quote braucht einen Link auf einen Beitrag bei X oder dessen Nummer.</translation>
    </message>
    <message>
        <source>--reply-control is everyone, accounts_you_follow or mentioned_only.</source>
        <translation>--reply-control ist everyone, accounts_you_follow oder mentioned_only.</translation>
    </message>
    <message>
        <source>--visibility is PUBLIC, CONNECTIONS or LOGGED_IN.</source>
        <translation>--visibility ist PUBLIC, CONNECTIONS oder LOGGED_IN.</translation>
    </message>
    <message>
        <source>There is no server draft &quot;%1&quot;. &quot;creatordesk-cli&quot; publishes drafts saved to the server.</source>
        <translation>Es gibt keinen Server-Entwurf „%1“. „creatordesk-cli“ veröffentlicht Entwürfe, die auf dem Server gespeichert sind.</translation>
    </message>
    <message>
        <source>No social set has the account &quot;%1&quot;.</source>
        <translation>Kein Social Set enthält das Konto „%1“.</translation>
    </message>
    <message>
        <source>%1 (%2): not sent: %3</source>
        <translation>%1 (%2): nicht gesendet: %3</translation>
    </message>
    <message>
        <source>Nothing can be published to these accounts.</source>
        <translation>In diesen Konten kann nichts veröffentlicht werden.</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>Some answers were lost: check those accounts before publishing again.</source>
        <translation>Einige Antworten gingen verloren: Prüfen Sie diese Konten, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Usage: publish DRAFT_ID --accounts ID[,ID...] [--community ID[:NAME] [--community-description TEXT]] [--quote URL] [--reply-control everyone|accounts_you_follow|mentioned_only] [--visibility PUBLIC|CONNECTIONS|LOGGED_IN]</source>
        <translation>Aufruf: publish ENTWURF_ID --accounts ID[,ID...] [--community ID[:NAME] [--community-description TEXT]] [--quote URL] [--reply-control everyone|accounts_you_follow|mentioned_only] [--visibility PUBLIC|CONNECTIONS|LOGGED_IN]</translation>
    </message>
    <message>
        <source>--community needs the community&apos;s ID: --community ID[:NAME].</source>
        <translation>--community braucht die ID der Community: --community ID[:NAME].</translation>
    </message>
    <message>
        <source>--community-description goes with the community&apos;s name: --community ID:NAME.</source>
        <translation>--community-description gehört zum Namen der Community: --community ID:NAME.</translation>
    </message>
    <message>
        <source>--community-description needs --community ID:NAME.</source>
        <translation>--community-description braucht --community ID:NAME.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishController</name>
    <message>
        <source>The answer was lost, so it is not known whether this was published. Check the account before sending it again.</source>
        <translation>Die Antwort ging verloren; es ist daher nicht bekannt, ob dies veröffentlicht wurde. Prüfen Sie das Konto, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>The service did not say what happened for this account. Check it before sending again.</source>
        <translation>Der Dienst hat nicht mitgeteilt, was bei diesem Konto passiert ist. Prüfen Sie es, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>The service refused to publish to this account.</source>
        <translation>Der Dienst hat die Veröffentlichung in diesem Konto abgelehnt.</translation>
    </message>
    <message>
        <source>The answer to creating the server draft was lost, so nothing was published. Sending again is safe.</source>
        <translation>Die Antwort auf das Anlegen des Server-Entwurfs ging verloren, daher wurde nichts veröffentlicht. Erneutes Senden ist gefahrlos.</translation>
    </message>
    <message>
        <source>The answer was lost, so it is not known whether this was published. &quot;Check again&quot; asks the server about this very job; it cannot post twice.</source>
        <translation>Die Antwort ging verloren, daher ist nicht bekannt, ob veröffentlicht wurde. „Erneut prüfen“ fragt den Server nach genau diesem Auftrag; doppelt posten kann es nicht.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishDialog</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) will be published now to the checked accounts.</source>
        <translation>
            <numerusform>%n Beitrag wird jetzt in den angehakten Konten veröffentlicht.</numerusform>
            <numerusform>%n Beiträge werden jetzt in den angehakten Konten veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation>Zielkonten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>X community ID</source>
        <translation>ID der X-Community</translation>
    </message>
    <message>
        <source>Optional: post into this community</source>
        <translation>Optional: in dieser Community posten</translation>
    </message>
    <message>
        <source>Post to quote</source>
        <translation>Zu zitierender Beitrag</translation>
    </message>
    <message>
        <source>Optional: link or number of the post to quote</source>
        <translation>Optional: Link oder Nummer des zu zitierenden Beitrags</translation>
    </message>
    <message>
        <source>&amp;Community ID:</source>
        <translation>&amp;Community-ID:</translation>
    </message>
    <message>
        <source>&amp;Quote post:</source>
        <translation>Beitrag &amp;zitieren:</translation>
    </message>
    <message>
        <source>Who can reply on Threads</source>
        <translation>Wer auf Threads antworten darf</translation>
    </message>
    <message>
        <source>Threads&apos; default</source>
        <translation>Standard von Threads</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Accounts you follow</source>
        <translation>Konten, denen Sie folgen</translation>
    </message>
    <message>
        <source>Mentioned accounts only</source>
        <translation>Nur erwähnte Konten</translation>
    </message>
    <message>
        <source>Who can &amp;reply:</source>
        <translation>Wer &amp;antworten darf:</translation>
    </message>
    <message>
        <source>Who can see it on LinkedIn</source>
        <translation>Wer es auf LinkedIn sehen kann</translation>
    </message>
    <message>
        <source>LinkedIn&apos;s default (public)</source>
        <translation>Standard von LinkedIn (öffentlich)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Connections only</source>
        <translation>Nur Kontakte</translation>
    </message>
    <message>
        <source>Signed-in LinkedIn members</source>
        <translation>Angemeldete LinkedIn-Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Visible to:</source>
        <translation>&amp;Sichtbar für:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Cost: %1 credits of your %2.</source>
        <translation>Kosten: %1 Credits von Ihren %2.</translation>
    </message>
    <message>
        <source>Cost: %1 credits (the balance is not known yet).</source>
        <translation>Kosten: %1 Credits (der Kontostand ist noch nicht bekannt).</translation>
    </message>
    <message>
        <source>Check at least one account to publish to.</source>
        <translation>Haken Sie mindestens ein Konto zum Veröffentlichen an.</translation>
    </message>
    <message>
        <source>The checked accounts belong to more than one social set; a draft goes out from one set at a time.</source>
        <translation>Die angehakten Konten gehören zu mehr als einem Social Set; ein Entwurf wird jeweils aus einem Set veröffentlicht.</translation>
    </message>
    <message>
        <source>The post to quote is not a link to a post on X nor its number.</source>
        <translation>Der zu zitierende Beitrag ist weder ein Link auf einen Beitrag bei X noch dessen Nummer.</translation>
    </message>
    <message>
        <source>None of the checked accounts can take this draft; the reasons are beside them.</source>
        <translation>Keines der angehakten Konten kann diesen Entwurf aufnehmen; die Gründe stehen daneben.</translation>
    </message>
    <message>
        <source>X community name</source>
        <translation>Name der X-Community</translation>
    </message>
    <message>
        <source>Optional: the community&apos;s name</source>
        <translation>Optional: der Name der Community</translation>
    </message>
    <message>
        <source>X community description</source>
        <translation>Beschreibung der X-Community</translation>
    </message>
    <message>
        <source>Optional: its description</source>
        <translation>Optional: ihre Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>A community&apos;s name and description go with its ID: give the community ID too, or clear them.</source>
        <translation>Name und Beschreibung einer Community gehören zu ihrer ID: Geben Sie auch die Community-ID an oder leeren Sie die Felder.</translation>
    </message>
    <message>
        <source>A community&apos;s description goes with its name: give the name too.</source>
        <translation>Die Beschreibung einer Community gehört zu ihrem Namen: Geben Sie auch den Namen an.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishFlow</name>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publishing needs an xAIcreator connection. Choose one in the toolbar, or add a key in the API keys pane.</source>
        <translation>Zum Veröffentlichen ist eine xAIcreator-Verbindung nötig. Wählen Sie eine in der Werkzeugleiste oder fügen Sie im Bereich API-Schlüssel einen Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>Publishing to %n account(s)…</source>
        <translation>
            <numerusform>Wird in %n Konto veröffentlicht …</numerusform>
            <numerusform>Wird in %n Konten veröffentlicht …</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation>Ergebnis der Veröffentlichung</translation>
    </message>
    <message>
        <source>Sending again to the failed accounts…</source>
        <translation>Wird erneut an die fehlgeschlagenen Konten gesendet …</translation>
    </message>
    <message>
        <source>Asking X about the same job…</source>
        <translation>X wird nach demselben Auftrag gefragt …</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Did you look at the account? If the post is already there, sending again publishes it twice.</source>
        <translation>Haben Sie im Konto nachgesehen? Wenn der Beitrag schon dort ist, wird er durch erneutes Senden doppelt veröffentlicht.</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Wird erneut gesendet …</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting in the outbox. The connection is back: send now?</source>
        <translation>
            <numerusform>%n Beitrag wartet im Postausgang. Die Verbindung ist wieder da: jetzt senden?</numerusform>
            <numerusform>%n Beiträge warten im Postausgang. Die Verbindung ist wieder da: jetzt senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Sending what waited in the outbox…</source>
        <translation>Der Inhalt des Postausgangs wird gesendet …</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishPlan</name>
    <message>
        <source>The draft has no posts.</source>
        <translation>Der Entwurf enthält keine Beiträge.</translation>
    </message>
    <message>
        <source>Post %1 is empty.</source>
        <translation>Beitrag %1 ist leer.</translation>
    </message>
    <message>
        <source>Post %1 is over %2&apos;s limit: %3 of %4.</source>
        <translation>Beitrag %1 überschreitet das Limit von %2: %3 von %4.</translation>
    </message>
    <message>
        <source>Creator Desk does not know the platform &quot;%1&quot;.</source>
        <translation>Creator Desk kennt die Plattform „%1“ nicht.</translation>
    </message>
    <message>
        <source>Publishing costs %1 credits and your balance is %2: %3 more are needed.</source>
        <translation>Das Veröffentlichen kostet %1 Credits und Ihr Guthaben beträgt %2: Es fehlen noch %3.</translation>
    </message>
    <message>
        <source>A quote is a single post; this draft has %1.</source>
        <translation>Ein Zitat ist ein einzelner Beitrag; dieser Entwurf hat %1.</translation>
    </message>
    <message>
        <source>The language choice needs %1&apos;s own endpoint, which cannot carry this draft&apos;s media: %2. Publish without a language choice to send it with its media.</source>
        <translation>Die Sprachwahl braucht den eigenen Endpunkt von %1, der die Medien dieses Entwurfs nicht mitnehmen kann: %2. Veröffentlichen Sie ohne Sprachwahl, um ihn mit seinen Medien zu senden.</translation>
    </message>
    <message>
        <source>post %1 has media, and its pictures go with the first post only</source>
        <translation>Beitrag %1 hat Medien, und Bilder gehen nur mit dem ersten Beitrag</translation>
    </message>
    <message>
        <source>it takes pictures, not videos</source>
        <translation>er nimmt Bilder, keine Videos</translation>
    </message>
    <message>
        <source>the media&apos;s URLs are not known here</source>
        <translation>die URLs der Medien sind hier nicht bekannt</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishResultView</name>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send again only to the accounts that failed; the published ones are left alone</source>
        <translation>Nur an die fehlgeschlagenen Konten erneut senden; die veröffentlichten bleiben unberührt</translation>
    </message>
    <message>
        <source>Ask X about the same job again; it cannot post twice</source>
        <translation>X erneut nach demselben Auftrag fragen; doppelt posten kann es nicht</translation>
    </message>
    <message>
        <source>Only if the post is not on the account: this posts it again</source>
        <translation>Nur wenn der Beitrag nicht im Konto ist: Dies veröffentlicht ihn erneut</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Published to all %n account(s).</source>
        <translation>
            <numerusform>In %n Konto veröffentlicht.</numerusform>
            <numerusform>In allen %n Konten veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection: this publish waits in the outbox. You will be asked before it is sent when the connection returns.</source>
        <translation>Keine Verbindung: Diese Veröffentlichung wartet im Postausgang. Sie werden gefragt, bevor sie gesendet wird, sobald die Verbindung zurück ist.</translation>
    </message>
    <message numerus="yes">
        <source>Published to %1 of %n account(s).</source>
        <translation>
            <numerusform>In %1 von %n Konto veröffentlicht.</numerusform>
            <numerusform>In %1 von %n Konten veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>X keeps a record of each publish job: &quot;Check again&quot; asks about the same job and cannot post twice.</source>
        <translation>X führt über jeden Veröffentlichungsauftrag Buch: „Erneut prüfen“ fragt nach demselben Auftrag und kann nicht doppelt posten.</translation>
    </message>
    <message>
        <source>The other services cannot be asked about a lost request. Open the account and look: use &quot;Send again&quot; only if the post is not there, or it will appear twice.</source>
        <translation>Die anderen Dienste lassen sich zu einer verlorenen Anfrage nicht befragen. Öffnen Sie das Konto und sehen Sie nach: Verwenden Sie „Erneut senden“ nur, wenn der Beitrag nicht da ist, sonst erscheint er doppelt.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open the post&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Beitrag öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The service gave no link to the post.</source>
        <translation>Der Dienst hat keinen Link auf den Beitrag geliefert.</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>Wartet im Postausgang</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::QueueCalendar</name>
    <message>
        <source>Reading the schedule to find the next free posting time…</source>
        <translation>Der Zeitplan wird gelesen, um die nächste freie Veröffentlichungszeit zu finden…</translation>
    </message>
    <message>
        <source>The draft was not queued: the schedule could not be read (%1).</source>
        <translation>Der Entwurf wurde nicht in die Warteschlange gestellt: Der Zeitplan konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The posting times were not kept: %1</source>
        <translation>Die Veröffentlichungszeiten wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Posting times kept.</source>
        <translation>Veröffentlichungszeiten gespeichert.</translation>
    </message>
    <message>
        <source>Posting times…</source>
        <translation>Veröffentlichungszeiten…</translation>
    </message>
    <message>
        <source>Edit the posting times of the social sets&apos; queues</source>
        <translation>Die Veröffentlichungszeiten der Warteschlangen der Social Sets bearbeiten</translation>
    </message>
    <message>
        <source>Weekly times that &quot;Add to queue&quot; fills, per social set</source>
        <translation>Wöchentliche Zeiten, die „Zur Warteschlange hinzufügen“ belegt, je Social Set</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::QueueCommand</name>
    <message>
        <source>There is no server draft &quot;%1&quot;.</source>
        <translation>Es gibt keinen Server-Entwurf „%1“.</translation>
    </message>
    <message>
        <source>The draft has no selected accounts: name them with --accounts ID,...</source>
        <translation>Der Entwurf hat keine ausgewählten Konten: Nennen Sie sie mit --accounts ID,...</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot; in your social sets.</source>
        <translation>Kein Konto „%1“ in Ihren Social Sets.</translation>
    </message>
    <message>
        <source>The social set &quot;%1&quot; has no posting times. Set them in Creator Desk&apos;s Schedule section (Posting times…).</source>
        <translation>Das Social Set „%1“ hat keine Veröffentlichungszeiten. Legen Sie sie in Creator Desk im Bereich „Zeitplan“ fest (Veröffentlichungszeiten…).</translation>
    </message>
    <message>
        <source>Every posting time of the next year is taken.</source>
        <translation>Alle Veröffentlichungszeiten im kommenden Jahr sind belegt.</translation>
    </message>
    <message>
        <source>Next free posting time of %1: %2</source>
        <translation>Nächste freie Veröffentlichungszeit von %1: %2</translation>
    </message>
    <message>
        <source>no posting times</source>
        <translation>keine Veröffentlichungszeiten</translation>
    </message>
    <message>
        <source>No social set.</source>
        <translation>Kein Social Set.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::QueueSlotsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Vary the time by up to 3 minutes either way (jitter)</source>
        <translation>Die Zeit um bis zu 3 Minuten in beide Richtungen variieren (Jitter)</translation>
    </message>
    <message>
        <source>Posting times</source>
        <translation>Veröffentlichungszeiten</translation>
    </message>
    <message>
        <source>Social set</source>
        <translation>Social Set</translation>
    </message>
    <message>
        <source>Weekly posting times</source>
        <translation>Wöchentliche Veröffentlichungszeiten</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>Montag bis Freitag</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Add this posting time</source>
        <translation>Diese Veröffentlichungszeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected posting time</source>
        <translation>Die ausgewählte Veröffentlichungszeit entfernen</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Time zone of the posting times</source>
        <translation>Zeitzone der Veröffentlichungszeiten</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>&quot;Add to queue&quot; (Ctrl+Shift+Q in the editor) puts a draft at the next of these times that has no post yet for the same accounts.</source>
        <translation>„Zur Warteschlange hinzufügen“ (Strg+Umschalt+Q im Editor) plant einen Entwurf zur nächsten dieser Zeiten ein, zu der für dieselben Konten noch kein Beitrag geplant ist.</translation>
    </message>
    <message>
        <source>&amp;Social set:</source>
        <translation>&amp;Social Set:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Zeiten:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitzo&amp;ne:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RemoteKeyModel</name>
    <message>
        <source>Unnamed key</source>
        <translation>Unbenannter Schlüssel</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%1 · rotate: older than %n days</source>
        <translation>
            <numerusform>%1 · rotieren: älter als %n Tag</numerusform>
            <numerusform>%1 · rotieren: älter als %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>The active connection uses this key.</source>
        <translation>Die aktive Verbindung verwendet diesen Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>Keys should be rotated every %n days; this one is older.</source>
        <translation>
            <numerusform>Schlüssel sollten nach %n Tag rotiert werden; dieser ist älter.</numerusform>
            <numerusform>Schlüssel sollten nach %n Tagen rotiert werden; dieser ist älter.</numerusform>
        </translation>
    </message>
    <message>
        <source>This connection&apos;s service does not manage keys.</source>
        <translation>Der Dienst dieser Verbindung verwaltet keine Schlüssel.</translation>
    </message>
    <message>
        <source>The service lists only the key&apos;s environment, so it cannot be told whether the active connection uses this key.</source>
        <translation>Der Dienst führt nur die Umgebung des Schlüssels auf, daher lässt sich nicht sagen, ob die aktive Verbindung diesen Schlüssel verwendet.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RemoteKeys</name>
    <message>
        <source>%1 creates keys only in its dashboard. Create one there and paste it here.</source>
        <translation>%1 erstellt Schlüssel nur in seinem Dashboard. Erstellen Sie dort einen und fügen Sie ihn hier ein.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RemoteListPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation>Erneut beim Server anfragen</translation>
    </message>
    <message>
        <source>Try loading %1 again</source>
        <translation>Erneut versuchen, %1 zu laden</translation>
    </message>
    <message>
        <source>Problem loading %1</source>
        <translation>Problem beim Laden von %1</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>There is no connection yet. To try Creator Desk with sample data, start it with the --demo option.</source>
        <translation>Es gibt noch keine Verbindung. Um Creator Desk mit Beispieldaten auszuprobieren, starten Sie es mit der Option --demo.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RescheduleController</name>
    <message>
        <source>Not connected: choose an xAIcreator connection in the toolbar.</source>
        <translation>Nicht verbunden: Wählen Sie in der Werkzeugleiste eine xAIcreator-Verbindung.</translation>
    </message>
    <message>
        <source>Another change to the schedule is still being sent. Try again in a moment.</source>
        <translation>Eine andere Änderung am Zeitplan wird noch gesendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>This post is no longer waiting: it is being published, was published or failed. Refresh the calendar to see where it is.</source>
        <translation>Dieser Beitrag wartet nicht mehr: Er wird gerade veröffentlicht, wurde veröffentlicht oder ist fehlgeschlagen. Aktualisieren Sie den Kalender, um zu sehen, wo er steht.</translation>
    </message>
    <message>
        <source>Could not move &quot;%1&quot;: %2 It is still scheduled at its old time.</source>
        <translation>„%1“ konnte nicht verschoben werden: %2 Er ist weiterhin zur alten Zeit geplant.</translation>
    </message>
    <message>
        <source>Could not move &quot;%1&quot;: %2 Putting it back at its old time failed too: %3 Schedule it again from the drafts.</source>
        <translation>„%1“ konnte nicht verschoben werden: %2 Auch das Zurücksetzen auf die alte Zeit ist fehlgeschlagen: %3 Planen Sie ihn in den Entwürfen neu ein.</translation>
    </message>
    <message>
        <source>Only a failed post can be retried.</source>
        <translation>Nur ein fehlgeschlagener Beitrag kann erneut versucht werden.</translation>
    </message>
    <message>
        <source>A retry of this post was already scheduled.</source>
        <translation>Ein erneuter Versuch für diesen Beitrag ist bereits geplant.</translation>
    </message>
    <message>
        <source>A retry of this post already waits at %1.</source>
        <translation>Ein erneuter Versuch für diesen Beitrag wartet bereits auf %1.</translation>
    </message>
    <message>
        <source>Could not schedule the retry: %1</source>
        <translation>Der erneute Versuch konnte nicht eingeplant werden: %1</translation>
    </message>
    <message>
        <source>There is no move to undo.</source>
        <translation>Es gibt keine Verschiebung zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Could not change &quot;%1&quot;: %2 Nothing was changed.</source>
        <translation>„%1“ konnte nicht geändert werden: %2 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RetryCountdown</name>
    <message>
        <source>Sending again now…</source>
        <translation>Wird jetzt erneut gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Sending again in %n s.</source>
        <translation>
            <numerusform>Erneutes Senden in %n s.</numerusform>
            <numerusform>Erneutes Senden in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: you can try again in %n min.</source>
        <translation>
            <numerusform>Anfragelimit erreicht: Sie können es in %n min erneut versuchen.</numerusform>
            <numerusform>Anfragelimit erreicht: Sie können es in %n min erneut versuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: you can try again in %n s.</source>
        <translation>
            <numerusform>Anfragelimit erreicht: Sie können es in %n s erneut versuchen.</numerusform>
            <numerusform>Anfragelimit erreicht: Sie können es in %n s erneut versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RotationDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Rotate the key of %1</source>
        <translation>Schlüssel von %1 rotieren</translation>
    </message>
    <message>
        <source>Key rotation</source>
        <translation>Schlüsselrotation</translation>
    </message>
    <message>
        <source>A new key is created and tried, the connection switches to it, then the old key is revoked. If a step fails, the connection keeps a working key.</source>
        <translation>Ein neuer Schlüssel wird erstellt und getestet, die Verbindung wechselt zu ihm, danach wird der alte Schlüssel widerrufen. Schlägt ein Schritt fehl, behält die Verbindung einen funktionierenden Schlüssel.</translation>
    </message>
    <message>
        <source>Rotation steps</source>
        <translation>Rotationsschritte</translation>
    </message>
    <message>
        <source>Rotation result</source>
        <translation>Ergebnis der Rotation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird rotiert…</translation>
    </message>
    <message>
        <source>Creating a new key</source>
        <translation>Neuer Schlüssel wird erstellt</translation>
    </message>
    <message>
        <source>Checking that the new key works</source>
        <translation>Funktion des neuen Schlüssels wird geprüft</translation>
    </message>
    <message>
        <source>Switching the connection to the new key</source>
        <translation>Verbindung wird auf den neuen Schlüssel umgestellt</translation>
    </message>
    <message>
        <source>Revoking the old key</source>
        <translation>Alter Schlüssel wird widerrufen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleAgendaView</name>
    <message>
        <source>Schedule agenda</source>
        <translation>Zeitplan-Agenda</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>Einplanung aufheben</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleCommand</name>
    <message>
        <source>Nothing is scheduled.</source>
        <translation>Nichts ist geplant.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 (%5)</source>
        <translation>%1  %2  %3  %4 (%5)</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source> · attempts %1, last error: %2</source>
        <translation> · Versuche %1, letzter Fehler: %2</translation>
    </message>
    <message>
        <source>schedule add needs --at, e.g. --at 2026-12-01T09:00:00Z.</source>
        <translation>schedule add braucht --at, z. B. --at 2026-12-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2026-12-01T09:00:00Z.</source>
        <translation>„%1“ ist keine ISO-8601-Zeit wie 2026-12-01T09:00:00Z.</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot; in your social sets.</source>
        <translation>Kein Konto „%1“ in Ihren Social Sets.</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled for %1 to %n account(s).</source>
        <translation>
            <numerusform>Geplant für %1 auf %n Konto/Konten.</numerusform>
            <numerusform>Geplant für %1 auf %n Konto/Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Aufgehoben.</translation>
    </message>
    <message>
        <source>There is no server draft &quot;%1&quot;.</source>
        <translation>Es gibt keinen Server-Entwurf „%1“.</translation>
    </message>
    <message>
        <source>The draft has no selected accounts: name them with --accounts ID,...</source>
        <translation>Der Entwurf hat keine ausgewählten Konten: Nennen Sie sie mit --accounts ID,...</translation>
    </message>
    <message>
        <source>--priority needs a whole number, such as 0 or 5.</source>
        <translation>--priority braucht eine ganze Zahl, etwa 0 oder 5.</translation>
    </message>
    <message>
        <source>Usage: schedule list | schedule add DRAFT_ID --at ISO-TIME [--accounts ID,...] [--priority N] [--no-jitter] | schedule cancel DRAFT_ID | schedule queue DRAFT_ID [--accounts ID,...] | schedule slots [--social-set ID]</source>
        <translation>Aufruf: schedule list | schedule add ENTWURF_ID --at ISO-ZEIT [--accounts ID,...] [--priority N] [--no-jitter] | schedule cancel ENTWURF_ID | schedule queue ENTWURF_ID [--accounts ID,...] | schedule slots [--social-set ID]</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleDialog</name>
    <message>
        <source>Vary the time by up to 3 minutes either way (jitter)</source>
        <translation>Die Zeit um bis zu 3 Minuten in beide Richtungen variieren (Jitter)</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation>„%1“ einplanen</translation>
    </message>
    <message>
        <source>Change time of &quot;%1&quot;</source>
        <translation>Zeit von „%1“ ändern</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Sent to the service with the schedule (0 is the default).</source>
        <translation>Wird mit der Einplanung an den Dienst gesendet (0 ist der Standard).</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Time (%1):</source>
        <translation>Zeit (%1):</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleEntryPanel</name>
    <message>
        <source>Change time…</source>
        <translation>Zeit ändern …</translation>
    </message>
    <message>
        <source>Cancel schedule…</source>
        <translation>Einplanung aufheben …</translation>
    </message>
    <message>
        <source>Selected scheduled post</source>
        <translation>Ausgewählter geplanter Beitrag</translation>
    </message>
    <message>
        <source>Move this post to another time (Enter)</source>
        <translation>Diesen Beitrag auf eine andere Zeit verschieben (Eingabe)</translation>
    </message>
    <message>
        <source>Take this post off the schedule (Delete)</source>
        <translation>Diesen Beitrag aus dem Zeitplan nehmen (Entf)</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a post on the calendar to see how it is doing, or drag a draft from the drafts list onto a day.</source>
        <translation>Wählen Sie einen Beitrag im Kalender, um seinen Stand zu sehen, oder ziehen Sie einen Entwurf aus der Entwurfsliste auf einen Tag.</translation>
    </message>
    <message>
        <source>%1 (± 3 minutes: jitter is on)</source>
        <translation>%1 (± 3 Minuten: Jitter ist an)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 erneut versuchen</translation>
    </message>
    <message>
        <source>Schedule this account again in a few minutes; the accounts that were published are left alone.</source>
        <translation>Dieses Konto in ein paar Minuten erneut einplanen; Konten, auf denen schon veröffentlicht wurde, bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleModel</name>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleNotifier</name>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; went out on %2.</source>
        <translation>„%1“ ist auf %2 erschienen.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not go out on %2: %3. Open the schedule to retry.</source>
        <translation>„%1“ konnte auf %2 nicht erscheinen: %3. Öffnen Sie den Zeitplan, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Publishing delayed: %1</source>
        <translation>Veröffentlichung verzögert: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not go out on %2 yet: %3. The service tries again.</source>
        <translation>„%1“ konnte auf %2 noch nicht erscheinen: %3. Der Dienst versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SchedulePane</name>
    <message>
        <source>Undo move</source>
        <translation>Verschieben rückgängig</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>Einplanung aufheben</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Moved to %1. Undo with Ctrl+Z.</source>
        <translation>Verschoben auf %1. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>The post was taken off the schedule.</source>
        <translation>Der Beitrag wurde aus dem Zeitplan genommen.</translation>
    </message>
    <message>
        <source>Retry scheduled for %1.</source>
        <translation>Erneuter Versuch geplant für %1.</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Geplant für %1.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Not connected: choose an xAIcreator connection in the toolbar.</source>
        <translation>Nicht verbunden: Wählen Sie in der Werkzeugleiste eine xAIcreator-Verbindung.</translation>
    </message>
    <message>
        <source>That draft is not on this computer any more.</source>
        <translation>Dieser Entwurf ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Take &quot;%1&quot; at %2 off the schedule? The draft stays on the server.</source>
        <translation>„%1“ am %2 aus dem Zeitplan nehmen? Der Entwurf bleibt auf dem Server.</translation>
    </message>
    <message>
        <source>Nothing is scheduled yet: open a draft and press Schedule…, or drag one from the drafts list here.</source>
        <translation>Noch ist nichts geplant: Öffnen Sie einen Entwurf und klicken Sie auf „Einplanen …“, oder ziehen Sie einen aus der Entwurfsliste hierher.</translation>
    </message>
    <message>
        <source>Not connected: the queue needs an xAIcreator connection.</source>
        <translation>Nicht verbunden: Die Warteschlange braucht eine xAIcreator-Verbindung.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleRules</name>
    <message>
        <source>Choose a date and time for the post.</source>
        <translation>Wählen Sie Datum und Uhrzeit für den Beitrag.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time in the future.</source>
        <translation>Diese Zeit ist schon vorbei. Wählen Sie eine Zeit in der Zukunft.</translation>
    </message>
    <message>
        <source>That is too soon: choose a time at least a minute from now, or publish now instead.</source>
        <translation>Das ist zu bald: Wählen Sie eine Zeit mindestens eine Minute ab jetzt, oder veröffentlichen Sie gleich.</translation>
    </message>
    <message>
        <source>Choose at least one account to publish to.</source>
        <translation>Wählen Sie mindestens ein Konto, auf dem veröffentlicht werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Publishing to %n account(s) will cost %1 credits; you have %2. Buy credits or choose fewer accounts.</source>
        <translation>
            <numerusform>Die Veröffentlichung auf %n Konto/Konten kostet %1 Credits; Sie haben %2. Kaufen Sie Credits oder wählen Sie weniger Konten.</numerusform>
            <numerusform>Die Veröffentlichung auf %n Konto/Konten kostet %1 Credits; Sie haben %2. Kaufen Sie Credits oder wählen Sie weniger Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1 is too long for %2 (%3 of %4). Shorten or split it, then schedule again.</source>
        <translation>Beitrag %1 ist zu lang für %2 (%3 von %4). Kürzen oder teilen Sie ihn und planen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The draft is empty. Write something before scheduling it.</source>
        <translation>Der Entwurf ist leer. Schreiben Sie etwas, bevor Sie ihn einplanen.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleText</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: published</source>
        <translation>%1: veröffentlicht</translation>
    </message>
    <message>
        <source>%1: published at %2</source>
        <translation>%1: veröffentlicht unter %2</translation>
    </message>
    <message>
        <source>%1: publishing since %2 (attempt %3 of %4); the service is sending it now. The calendar refreshes by itself.</source>
        <translation>%1: wird seit %2 veröffentlicht (Versuch %3 von %4); der Dienst sendet ihn gerade. Der Kalender aktualisiert sich von selbst.</translation>
    </message>
    <message numerus="yes">
        <source>%1: failed after %n attempt(s), last at %2: %3</source>
        <translation>
            <numerusform>%1: nach %n Versuch(en) fehlgeschlagen, zuletzt am %2: %3</numerusform>
            <numerusform>%1: nach %n Versuch(en) fehlgeschlagen, zuletzt am %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 A retry is scheduled.</source>
        <translation>%1 Ein erneuter Versuch ist geplant.</translation>
    </message>
    <message>
        <source>%1: attempt %2 failed at %3: %4. The service tries again (%5 of %6 attempts left).</source>
        <translation>%1: Versuch %2 ist am %3 fehlgeschlagen: %4. Der Dienst versucht es erneut (noch %5 von %6 Versuchen).</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1: wartet</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>the account&apos;s sign-in has expired (reconnect it, then retry)</source>
        <translation>die Anmeldung des Kontos ist abgelaufen (verbinden Sie es neu und versuchen Sie es dann erneut)</translation>
    </message>
    <message>
        <source>not enough credits (buy credits, then retry)</source>
        <translation>nicht genug Credits (kaufen Sie Credits und versuchen Sie es dann erneut)</translation>
    </message>
    <message>
        <source>the draft or the account no longer exists</source>
        <translation>den Entwurf oder das Konto gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SectionSidebar</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ServerDraftListModel</name>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ServerKeysPanel</name>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>R&amp;otieren</translation>
    </message>
    <message>
        <source>Keys on the server</source>
        <translation>Schlüssel auf dem Server</translation>
    </message>
    <message>
        <source>The service reports no API keys for this account.</source>
        <translation>Der Dienst meldet keine API-Schlüssel für dieses Konto.</translation>
    </message>
    <message>
        <source>Choose a connection to see the keys its service holds.</source>
        <translation>Wählen Sie eine Verbindung, um die Schlüssel ihres Dienstes zu sehen.</translation>
    </message>
    <message>
        <source>Create a key on the server</source>
        <translation>Schlüssel auf dem Server erstellen</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Ausgewählten Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>The key stops working at once (Delete)</source>
        <translation>Der Schlüssel funktioniert sofort nicht mehr (Entf)</translation>
    </message>
    <message>
        <source>Rotate the active connection&apos;s key</source>
        <translation>Schlüssel der aktiven Verbindung rotieren</translation>
    </message>
    <message>
        <source>%1 has no key-management endpoints: its keys are managed in its own dashboard.</source>
        <translation>%1 hat keine Endpunkte zur Schlüsselverwaltung: Seine Schlüssel werden im eigenen Dashboard verwaltet.</translation>
    </message>
    <message>
        <source>Create a key; it is shown once</source>
        <translation>Schlüssel erstellen; er wird nur einmal angezeigt</translation>
    </message>
    <message>
        <source>This service creates keys only in its own dashboard.</source>
        <translation>Dieser Dienst erstellt Schlüssel nur in seinem eigenen Dashboard.</translation>
    </message>
    <message>
        <source>This service does not let Creator Desk create keys, so it cannot rotate them: create a new key in its dashboard, add it here, then revoke the old one.</source>
        <translation>Dieser Dienst erlaubt Creator Desk nicht, Schlüssel zu erstellen, daher können sie nicht rotiert werden: Erstellen Sie einen neuen Schlüssel in seinem Dashboard, fügen Sie ihn hier hinzu und widerrufen Sie dann den alten.</translation>
    </message>
    <message>
        <source>Only a kept connection can be rotated.</source>
        <translation>Nur eine gespeicherte Verbindung kann rotiert werden.</translation>
    </message>
    <message>
        <source>Create a new key, switch this connection to it and revoke the old one</source>
        <translation>Neuen Schlüssel erstellen, diese Verbindung darauf umstellen und den alten widerrufen</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2)? Everything that uses it stops working at once. This cannot be undone.</source>
        <translation>Den Schlüssel „%1“ (%2) widerrufen? Alles, was ihn verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Key in use</source>
        <translation>Schlüssel in Verwendung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the key this connection uses, and there is no other connection to this service to switch to. Use Rotate instead: it creates a new key, switches to it, then revokes this one.</source>
        <translation>„%1“ ist der Schlüssel, den diese Verbindung verwendet, und es gibt keine andere Verbindung zu diesem Dienst, zu der gewechselt werden kann. Verwenden Sie stattdessen „Rotieren“: Dabei wird ein neuer Schlüssel erstellt, zu ihm gewechselt und dann dieser widerrufen.</translation>
    </message>
    <message>
        <source>Revoke the key in use</source>
        <translation>Verwendeten Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the key the active connection uses. Revoking it stops this connection from working.</source>
        <translation>„%1“ ist der Schlüssel, den die aktive Verbindung verwendet. Wenn Sie ihn widerrufen, funktioniert diese Verbindung nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>Creator Desk will switch to &quot;%1&quot; first, then revoke &quot;%2&quot;. Revoke it?</source>
        <translation>Creator Desk wechselt zuerst zu „%1“ und widerruft dann „%2“. Widerrufen?</translation>
    </message>
    <message>
        <source>Switch and &amp;revoke</source>
        <translation>Wechseln und &amp;widerrufen</translation>
    </message>
    <message>
        <source>Key not revoked</source>
        <translation>Schlüssel nicht widerrufen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not revoked: %2</source>
        <translation>„%1“ wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <source>Its key was revoked on the server; add a new key or delete this connection.</source>
        <translation>Ihr Schlüssel wurde auf dem Server widerrufen; fügen Sie einen neuen Schlüssel hinzu oder löschen Sie diese Verbindung.</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2)? The service lists only the key&apos;s environment, so it cannot be told whether this connection uses it. Everything that uses it stops working at once. This cannot be undone.</source>
        <translation>Den Schlüssel „%1“ (%2) widerrufen? Der Dienst führt nur die Umgebung des Schlüssels auf, daher lässt sich nicht sagen, ob diese Verbindung ihn verwendet. Alles, was ihn verwendet, funktioniert sofort nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ServiceDescriptor</name>
    <message>
        <source>The service description %1 is invalid: %2</source>
        <translation>Die Dienstbeschreibung %1 ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ServiceRegistry</name>
    <message>
        <source>No service descriptions were found in %1.</source>
        <translation>In %1 wurden keine Dienstbeschreibungen gefunden.</translation>
    </message>
    <message>
        <source>The service description %1 cannot be read: %2</source>
        <translation>Die Dienstbeschreibung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The service description %1 is too large.</source>
        <translation>Die Dienstbeschreibung %1 ist zu groß.</translation>
    </message>
    <message>
        <source>The service id &quot;%1&quot; in %2 is used twice.</source>
        <translation>Die Dienst-ID „%1“ in %2 wird doppelt verwendet.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation>Mit &amp;Google anmelden</translation>
    </message>
    <message>
        <source>Sign in with &amp;X</source>
        <translation>Mit &amp;X anmelden</translation>
    </message>
    <message>
        <source>Sign in to xAIcreator</source>
        <translation>Bei xAIcreator anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Sign in with email and password</source>
        <translation>Mit E-Mail und Passwort anmelden</translation>
    </message>
    <message>
        <source>Sign in with Google in the browser</source>
        <translation>Mit Google im Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in with X in the browser</source>
        <translation>Mit X im Browser anmelden</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Or sign in through your browser:</source>
        <translation>Oder über Ihren Browser anmelden:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Connection saved</source>
        <translation>Verbindung gespeichert</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>This build does not know the xAIcreator service.</source>
        <translation>Diese Version kennt den Dienst xAIcreator nicht.</translation>
    </message>
    <message>
        <source>Enter the address of the service&apos;s API.</source>
        <translation>Geben Sie die Adresse der API des Dienstes ein.</translation>
    </message>
    <message>
        <source>Enter the email address and the password of your xAIcreator account.</source>
        <translation>Geben Sie die E-Mail-Adresse und das Passwort Ihres xAIcreator-Kontos ein.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Opening Google&apos;s sign-in page in your browser…</source>
        <translation>Die Anmeldeseite von Google wird in Ihrem Browser geöffnet…</translation>
    </message>
    <message>
        <source>Opening X&apos;s sign-in page in your browser…</source>
        <translation>Die Anmeldeseite von X wird in Ihrem Browser geöffnet…</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>The key could not be kept as a connection.</source>
        <translation>Der Schlüssel konnte nicht als Verbindung gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved as the connection &quot;%1&quot;.</source>
        <translation>Als Verbindung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Checking that the new key can be kept…</source>
        <translation>Es wird geprüft, ob der neue Schlüssel aufbewahrt werden kann …</translation>
    </message>
    <message>
        <source>Sign in for &amp;this run only</source>
        <translation>Nur für diese &amp;Sitzung anmelden</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Saved as the connection &quot;%1&quot; for this run only: copy the key now if you need it later.</source>
        <translation>Nur für diese Sitzung als Verbindung „%1“ gespeichert: Kopieren Sie den Schlüssel jetzt, wenn Sie ihn später brauchen.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SingleInstance</name>
    <message>
        <source>Creator Desk is already running but does not answer. Close it (or end it in the task manager) and start Creator Desk again.</source>
        <translation>Creator Desk läuft bereits, antwortet aber nicht. Schließen Sie es (oder beenden Sie es im Task-Manager) und starten Sie Creator Desk erneut.</translation>
    </message>
    <message>
        <source>Creator Desk is already running but did not come to the front. Switch to its window, or close it and start Creator Desk again.</source>
        <translation>Creator Desk läuft bereits, kam aber nicht in den Vordergrund. Wechseln Sie zu seinem Fenster oder schließen Sie es und starten Sie Creator Desk erneut.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SocialSetModel</name>
    <message>
        <source>Social sets and accounts</source>
        <translation>Social Sets und Konten</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SocialSetsPanel</name>
    <message>
        <source>Connect an &amp;X account…</source>
        <translation>&amp;X-Konto verbinden…</translation>
    </message>
    <message>
        <source>Social sets</source>
        <translation>Social Sets</translation>
    </message>
    <message>
        <source>This account has no social sets yet.</source>
        <translation>Dieses Konto hat noch keine Social Sets.</translation>
    </message>
    <message>
        <source>Connect an X account to a social set</source>
        <translation>X-Konto mit einem Social Set verbinden</translation>
    </message>
    <message>
        <source>Social sets belong to xAIcreator. The active connection is %1; choose an xAIcreator connection to see them.</source>
        <translation>Social Sets gehören zu xAIcreator. Die aktive Verbindung ist %1; wählen Sie eine xAIcreator-Verbindung, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Account &amp;limits…</source>
        <translation>Konto&amp;limits…</translation>
    </message>
    <message>
        <source>The selected account&apos;s character limit</source>
        <translation>Das Zeichenlimit des ausgewählten Kontos</translation>
    </message>
    <message>
        <source>X Premium, or a Mastodon instance&apos;s own limit</source>
        <translation>X Premium oder das eigene Limit einer Mastodon-Instanz</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpellChecker</name>
    <message>
        <source>There is no word to add to the dictionary.</source>
        <translation>Es gibt kein Wort, das zum Wörterbuch hinzugefügt werden kann.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpellCommand</name>
    <message>
        <source>No spelling dictionary is installed. Install one (on Debian or Ubuntu, e.g. the package hunspell-en-us), or name a folder of LANGUAGE.aff and LANGUAGE.dic files in CREATORDESK_DICTIONARIES.</source>
        <translation>Es ist kein Rechtschreibwörterbuch installiert. Installieren Sie eines (unter Debian oder Ubuntu z. B. das Paket hunspell-de-de), oder geben Sie in CREATORDESK_DICTIONARIES einen Ordner mit Dateien SPRACHE.aff und SPRACHE.dic an.</translation>
    </message>
    <message>
        <source>There is no dictionary for &quot;%1&quot;. Dictionaries found: %2.</source>
        <translation>Es gibt kein Wörterbuch für „%1“. Gefundene Wörterbücher: %2.</translation>
    </message>
    <message>
        <source>The dictionary for &quot;%1&quot; cannot be read.</source>
        <translation>Das Wörterbuch für „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpellingMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Add &quot;%1&quot; to dictionary</source>
        <translation>„%1“ ins &amp;Wörterbuch aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Ignore &quot;%1&quot;</source>
        <translation>„%1“ &amp;ignorieren</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpendingHistoryModel</name>
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n Credit</numerusform>
            <numerusform>%n Credits</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The balance was not checked after this call.</source>
        <translation>Das Guthaben wurde nach diesem Aufruf nicht geprüft.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Guthaben danach</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read the spending history: %1</source>
        <translation>Der Ausgabenverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The spending history file was damaged (%1); it was kept as %2 and a new one is started.</source>
        <translation>Die Datei mit dem Ausgabenverlauf war beschädigt (%1); sie wurde als %2 aufbewahrt und ein neuer Verlauf wird begonnen.</translation>
    </message>
    <message>
        <source>Could not save the spending history: %1</source>
        <translation>Der Ausgabenverlauf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpendingHistoryPanel</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Spending history</source>
        <translation>Ausgabenverlauf</translation>
    </message>
    <message>
        <source>Export the spending history as a CSV file</source>
        <translation>Ausgabenverlauf als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <source>Kept on this computer from the calls Creator Desk makes.</source>
        <translation>Auf diesem Computer aus den Aufrufen von Creator Desk erfasst.</translation>
    </message>
    <message>
        <source>Nothing has been spent from this app yet</source>
        <translation>Über diese Anwendung wurde noch nichts ausgegeben</translation>
    </message>
    <message>
        <source>Export spending history</source>
        <translation>Ausgabenverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved the history to %1.</source>
        <translation>Der Verlauf wurde in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::TargetAccountModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1 account %2 in social set %3</source>
        <translation>%1-Konto %2 im Social Set %3</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ThreadHistory</name>
    <message>
        <source>Typing in post %1</source>
        <translation>Tippen in Beitrag %1</translation>
    </message>
    <message>
        <source>Change posts</source>
        <translation>Beiträge ändern</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ThreadModel</name>
    <message>
        <source>Post %1 of %2</source>
        <translation>Beitrag %1 von %2</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::UploadQueue</name>
    <message>
        <source>the server did not confirm this file</source>
        <translation>der Server hat diese Datei nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::UrlPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Keys are only sent over https. Plain http is allowed only for this computer (127.0.0.1, ::1 or localhost), not for %1.</source>
        <translation>Schlüssel werden nur über https gesendet. Einfaches http ist nur für diesen Computer erlaubt (127.0.0.1, ::1 oder localhost), nicht für %1.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::WeekOverflowMarkers</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts not shown in the week at %1: %2. Click here, or press +, to list them in the agenda.</source>
        <translation>In der Woche nicht angezeigte Beiträge um %1: %2. Klicken Sie hier oder drücken Sie +, um sie in der Agenda aufzulisten.</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::WeekView</name>
    <message>
        <source>Schedule calendar, week</source>
        <translation>Zeitplan-Kalender, Woche</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n-hour day</source>
        <translation>
            <numerusform>%n-Stunden-Tag</numerusform>
            <numerusform>%n-Stunden-Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Free · %1</source>
        <translation>Frei · %1</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::WelcomePage</name>
    <message>
        <source>&amp;Sign in to xAIcreator</source>
        <translation>Bei xAIcreator &amp;anmelden</translation>
    </message>
    <message>
        <source>With your email and password, Google or X. Creator Desk makes an API key for this computer and keeps it in the system&apos;s keychain.</source>
        <translation>Mit Ihrer E-Mail-Adresse und Ihrem Passwort, mit Google oder X. Creator Desk erstellt einen API-Schlüssel für diesen Computer und bewahrt ihn im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>&amp;Add an API key</source>
        <translation>API-&amp;Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Paste a key of xAIcreator, Xquik, oqui or another service you use; it is checked as you type.</source>
        <translation>Fügen Sie einen Schlüssel von xAIcreator, Xquik, oqui oder einem anderen Dienst ein, den Sie nutzen; er wird schon während der Eingabe geprüft.</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>A sandbox on this computer with sample accounts, drafts and credits. Nothing is posted anywhere.</source>
        <translation>Eine Sandbox auf diesem Computer mit Beispielkonten, Beispielentwürfen und Credits. Es wird nirgendwo etwas gepostet.</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>Erst einmal umsehen</translation>
    </message>
    <message>
        <source>Welcome to Creator Desk</source>
        <translation>Willkommen bei Creator Desk</translation>
    </message>
    <message>
        <source>Write threads for X, Bluesky, Mastodon, Threads and LinkedIn, see every platform&apos;s limit as you type, and publish or schedule them. To begin, connect Creator Desk to your publishing service:</source>
        <translation>Schreiben Sie Threads für X, Bluesky, Mastodon, Threads und LinkedIn, sehen Sie schon beim Tippen das Limit jeder Plattform, und veröffentlichen Sie sie sofort oder planen Sie sie ein. Verbinden Sie Creator Desk zum Start mit Ihrem Veröffentlichungsdienst:</translation>
    </message>
    <message>
        <source>Skip the welcome and look around</source>
        <translation>Begrüßung überspringen und umsehen</translation>
    </message>
    <message>
        <source>Starting the demo server and signing in…</source>
        <translation>Der Demo-Server wird gestartet und die Anmeldung läuft …</translation>
    </message>
</context>
<context>
    <name>CreatorDesk::XAccountConnector</name>
    <message>
        <source>Connecting the X account was cancelled.</source>
        <translation>Das Verbinden des X-Kontos wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is no connection to connect the X account with.</source>
        <translation>Es gibt keine Verbindung, mit der das X-Konto verbunden werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>No new X account appeared in your social sets within %n minute(s). If you allowed access in the browser, refresh the social sets; if you reconnected an account that was there already, it is done. Otherwise start again.</source>
        <translation>
            <numerusform>In Ihren Social Sets ist innerhalb von %n Minute kein neues X-Konto erschienen. Wenn Sie den Zugriff im Browser erlaubt haben, laden Sie die Social Sets neu; wenn Sie ein Konto neu verbunden haben, das schon dort war, ist es erledigt. Sonst beginnen Sie neu.</numerusform>
            <numerusform>In Ihren Social Sets ist innerhalb von %n Minuten kein neues X-Konto erschienen. Wenn Sie den Zugriff im Browser erlaubt haben, laden Sie die Social Sets neu; wenn Sie ein Konto neu verbunden haben, das schon dort war, ist es erledigt. Sonst beginnen Sie neu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft file %1 could not be read and was moved aside as %2.</source>
        <translation>Die Entwurfsdatei %1 konnte nicht gelesen werden und wurde als %2 beiseitegelegt.</translation>
    </message>
    <message>
        <source>The draft file %1 could not be read.</source>
        <translation>Die Entwurfsdatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The draft stays open here and nothing is lost; free some space or fix the folder&apos;s permissions, and Creator Desk saves it as soon as it can.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Der Entwurf bleibt hier geöffnet und es geht nichts verloren. Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners; Creator Desk speichert ihn, sobald es möglich ist.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 (changed elsewhere)</source>
        <translation>%1 (anderswo geändert)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>the other one, which could not be read as a draft, in the file %1</source>
        <translation>die andere, die sich nicht als Entwurf lesen ließ, in der Datei %1</translation>
    </message>
    <message>
        <source>the other one as a draft of its own ending in “(changed elsewhere)”</source>
        <translation>die andere als eigener Entwurf, der auf „(anderswo geändert)“ endet</translation>
    </message>
    <message>
        <source>This draft was also changed outside this window (by another Creator Desk or a sync tool). Both versions are kept: yours here, %1.</source>
        <translation>Dieser Entwurf wurde auch außerhalb dieses Fensters geändert (von einem anderen Creator Desk oder einem Synchronisationsprogramm). Beide Fassungen bleiben erhalten: Ihre hier, %1.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Credits: checking…</source>
        <translation>Credits: wird geprüft…</translation>
    </message>
    <message>
        <source>Credits: no connection</source>
        <translation>Credits: keine Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%n credits · expire %1</source>
        <translation>
            <numerusform>%n Credit · Ablauf %1</numerusform>
            <numerusform>%n Credits · Ablauf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n Credit</numerusform>
            <numerusform>%n Credits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (Stand %2)</translation>
    </message>
    <message>
        <source>Requests: not reported yet</source>
        <translation>Anfragen: noch nicht gemeldet</translation>
    </message>
    <message>
        <source>Requests: %1/%2</source>
        <translation>Anfragen: %1/%2</translation>
    </message>
    <message>
        <source>Requests: %1/%2 · resets %3</source>
        <translation>Anfragen: %1/%2 · Zurücksetzung %3</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Publishing now</source>
        <translation>Wird veröffentlicht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself; nothing was added.</source>
        <translation>%1 ist eine symbolische Verknüpfung, die auf sich selbst zurückführt; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 does not exist (any more); nothing was added.</source>
        <translation>%1 existiert nicht (mehr); es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is a folder; drop the pictures or videos inside it instead.</source>
        <translation>%1 ist ein Ordner; ziehen Sie stattdessen die Bilder oder Videos darin hierher.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check its permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2); prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); nothing was added.</source>
        <translation>%1 ist leer (0 Byte); es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, WebP or GIF picture, nor an MP4, MOV or WebM video (judged by its content, not its name).</source>
        <translation>%1 ist weder ein JPEG-, PNG-, WebP- oder GIF-Bild noch ein MP4-, MOV- oder WebM-Video (geprüft am Inhalt, nicht am Namen).</translation>
    </message>
    <message>
        <source>%1 is cut off: the file ends before its content does. Copy it again from where it came from.</source>
        <translation>%1 ist abgeschnitten: Die Datei endet vor ihrem Inhalt. Kopieren Sie sie erneut von dort, wo sie herkam.</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <source>%1 is %2; a GIF may be at most %3 MB.</source>
        <translation>%1 ist %2 groß; ein GIF darf höchstens %3 MB groß sein.</translation>
    </message>
    <message>
        <source>%1 is %2; a video may be at most %3 MB.</source>
        <translation>%1 ist %2 groß; ein Video darf höchstens %3 MB groß sein.</translation>
    </message>
    <message>
        <source>%1 is %2; a picture may be at most %3 MB.</source>
        <translation>%1 ist %2 groß; ein Bild darf höchstens %3 MB groß sein.</translation>
    </message>
    <message>
        <source>%1 takes pictures only, no videos; %2 was not added.</source>
        <translation>%1 nimmt nur Bilder, keine Videos; %2 wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 takes one video per post; %2 was not added.</source>
        <translation>%1 nimmt ein Video pro Beitrag; %2 wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>On %1 a video cannot share a post with pictures; %2 was not added.</source>
        <translation>Auf %1 kann ein Video keinen Beitrag mit Bildern teilen; %2 wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>On %1 a post with a video takes nothing else; %2 was not added.</source>
        <translation>Auf %1 nimmt ein Beitrag mit Video nichts anderes auf; %2 wurde nicht hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n pictures per post; %2 was not added.</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Bild pro Beitrag; %2 wurde nicht hinzugefügt.</numerusform>
            <numerusform>%1 nimmt höchstens %n Bilder pro Beitrag; %2 wurde nicht hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes pictures only; remove the video or that account.</source>
        <translation>%1 nimmt nur Bilder; entfernen Sie das Video oder dieses Konto.</translation>
    </message>
    <message>
        <source>%1 takes one video per post; remove the others.</source>
        <translation>%1 nimmt ein Video pro Beitrag; entfernen Sie die anderen.</translation>
    </message>
    <message>
        <source>On %1 a video cannot share a post with pictures.</source>
        <translation>Auf %1 kann ein Video keinen Beitrag mit Bildern teilen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n pictures per post; this post has %2.</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Bild pro Beitrag; dieser Beitrag hat %2.</numerusform>
            <numerusform>%1 nimmt höchstens %n Bilder pro Beitrag; dieser Beitrag hat %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastedImageStore</name>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>The pasted image cannot be saved: %1</source>
        <translation>Das eingefügte Bild kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the local demo server and connect to it.</source>
        <translation>Lokalen Demoserver starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Write, schedule and publish posts through API-key services.</source>
        <translation>Beiträge über API-Schlüssel-Dienste schreiben, planen und veröffentlichen.</translation>
    </message>
    <message>
        <source>Quit once the main window has been painted (with --demo: and the demo connection is ready).</source>
        <translation>Beenden, sobald das Hauptfenster gezeichnet ist (mit --demo: und die Demo-Verbindung bereit ist).</translation>
    </message>
</context>
</TS>
