<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CreatorDesk::AccountLimits</name>
    <message>
        <source>%1 characters, a link counts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (your own figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (Mastodon&apos;s default: no instance is known for this account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (as %3 said on %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (Mastodon&apos;s default while %3 is asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (Mastodon&apos;s default: %3 was not asked yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (Mastodon&apos;s default: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: X Premium, %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 characters (no X Premium)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::AccountLimitsDialog</name>
    <message>
        <source>Limits of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the account&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the instance&apos;s limit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my &amp;own limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own character limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the instance&apos;s address, e.g. mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has one limit for every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows %2 characters; a link counts %3. OK uses it for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has X &amp;Premium (posts up to %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::AccountStatusBar</name>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credits expire on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::AccountsHint</name>
    <message>
        <source>No accounts yet: connect Creator Desk to xAIcreator to choose where this draft goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your xAIcreator account has no social accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an X account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::AddKeyDialog</name>
    <message>
        <source>Keep this key for this &amp;run only (not in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Work account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this key for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain can be reached, so the key can only be kept in memory until Creator Desk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the service&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ApiClient</name>
    <message>
        <source>An upload takes 1 to %1 files; %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ApiError</name>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. The service may be down or the address may be wrong; check the connection&apos;s base URL and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection and the connection&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified. Creator Desk does not send keys over a connection it cannot trust; check the system&apos;s date, proxy and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server refused or lost the connection to %1. Check the system&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request too often; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not talk to %1 (%2). Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent. Wait a moment before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests were sent. You can try again in %n second.</numerusform>
            <numerusform>Too many requests were sent. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many requests were sent. You can try again in %n minute.</numerusform>
            <numerusform>Too many requests were sent. You can try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent. The limit resets at %1; you can try again then, in %n minute(s).</source>
        <translation>
            <numerusform>Too many requests were sent. The limit resets at %1; you can try again then, in %n minute.</numerusform>
            <numerusform>Too many requests were sent. The limit resets at %1; you can try again then, in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough credits: this needs %1 and your balance is %2. Top up your credits, or choose fewer platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough credits for this. Check your balance in the Credits pane and top up, or choose fewer platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a payment of %2 %3 by &quot;%4&quot; (%5) for this request. Creator Desk does not make payments; use an API key for this service instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused: it is missing, wrong or has been revoked. Check the key in the API keys pane, or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is registered with this email address. Creator Desk can only sign in existing accounts; create one on the service&apos;s website first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address or password is wrong. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer has this item; it may have been deleted elsewhere. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in to this social account has expired. Sign in to it again; your drafts and settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with Google or X is not set up on this server. Sign in with your email address or paste an API key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this, or a limit of your plan was reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the upload as too large: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Nothing was lost; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, so it is not known whether it took effect. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Try again; if it keeps happening, the service may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request to another address. Creator Desk did not follow it, so that your API key is not sent anywhere else; check the connection&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no %2, so the address looks wrong. The service&apos;s address should end with %3, as in %4; check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ApiJob</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ApiKeysPane</name>
    <message>
        <source>API key sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social s&amp;ets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Keys can be kept for this run only, in memory, and are forgotten when Creator Desk closes; they are never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key for this run…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::Application</name>
    <message>
        <source>Demo mode could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk will close. Without --demo it starts with no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo start error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some services are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These service descriptions could not be loaded, so their services cannot be used until they are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server and signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk was started again; this window is the one in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::BalanceChart</name>
    <message>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough spending recorded yet to draw the balance over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The balance went from %1 to %2 credits between %3 and %4, over %n records.</source>
        <translation>
            <numerusform>The balance went from %1 to %2 credits between %3 and %4, over %n record.</numerusform>
            <numerusform>The balance went from %1 to %2 credits between %3 and %4, over %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::BannerBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::BrowserWaitPanel</name>
    <message>
        <source>Cop&amp;y address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser shows the sign-in page. Finish there; this window continues by itself. If no page appeared, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address in a browser to continue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being waited for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CalendarToolBar</name>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar&apos;s time zone. The service keeps times in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CalendarView</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out within 3 minutes of this time (jitter).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s base URL (https, or http to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service: xaicreator, xquik, oqui or example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored connection, by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable that holds the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON (count: read a JSON array of strings from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys create: the new key&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: the account&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: sign in with Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: sign in with X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, keys create: if no keychain can keep the new key, print it once instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys verify: allow a check that costs credits (oqui&apos;s costs one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule add: when, ISO 8601 (UTC with Z, or local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts create: the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts create: a post&apos;s text (repeat for a thread).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts create, publish, schedule add: the account ids, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: post into this X community: its ID, or ID:NAME to send its name too (an ID alone goes as each X target&apos;s communityId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: the X community&apos;s description (with --community ID:NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule add: the queue priority (a number, default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule add: publish at exactly that time (no random offset of up to 3 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts list: only the drafts of this social set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts create: the draft&apos;s status (draft, scheduled or published; default draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts create: the template the draft was made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: quote this post on X (link or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: who can reply on Threads (everyone, accounts_you_follow, mentioned_only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: who sees it on LinkedIn (PUBLIC, CONNECTIONS, LOGGED_IN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count: the X account has X Premium (25,000 weighted characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count: the Mastodon instance&apos;s character limit (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spell: the dictionary&apos;s language, e.g. en_US or de_DE (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts import: show each row&apos;s verdicts and create nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits, count, spell, keys, login, drafts, publish, schedule or media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command&apos;s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mastodon-limit takes a number of characters, e.g. 11000.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CliConnection</name>
    <message>
        <source>Unknown service &quot;%1&quot;. Services: xaicreator, xquik, oqui, example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 connection is stored. Sign in with &quot;login&quot;, set %2, or use --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is for an unknown service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo signs in to xAIcreator only; use --service xaicreator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 connection(s) are stored; choose one with --connection NAME:%2</source>
        <translation>
            <numerusform>%n %1 connection is stored; choose one with --connection NAME:%2</numerusform>
            <numerusform>%n %1 connections are stored; choose one with --connection NAME:%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; could be any of %n connection(s); choose one with --connection and its whole name or id:%2</source>
        <translation>
            <numerusform>&quot;%1&quot; could be %n connection; choose one with --connection and its whole name or id:%2</numerusform>
            <numerusform>&quot;%1&quot; could be any of %n connections; choose one with --connection and its whole name or id:%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CliRunner</name>
    <message numerus="yes">
        <source>Balance: %n credit(s)</source>
        <translation>
            <numerusform>Balance: %n credit</numerusform>
            <numerusform>Balance: %n credits</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests left: %1 of %2, resets %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no balance that Creator Desk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no schedule; scheduling is an xAIcreator feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: credits, keys, login, count, spell, drafts, publish, schedule, media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count --json reads a JSON array of strings from standard input, not arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json expects a JSON array of strings on standard input. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectXAccountDialog</name>
    <message>
        <source>&amp;Connect in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an X account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X asks you to allow xAIcreator to post for the account. The account is added to the social set you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the X account in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening X in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X account is connected to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add it to this social set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new social set for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow on X after allowing access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account to the chosen social set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new social set for the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow on X after allowing access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk looks at your social sets every few seconds and continues as soon as the new X account is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creator Desk looks at your social sets every few seconds and continues as soon as the new X account is there. Waited %n second(s) so far; Cancel stops waiting.</source>
        <translation>
            <numerusform>Creator Desk looks at your social sets every few seconds and continues as soon as the new X account is there. Waited %n second so far; Cancel stops waiting.</numerusform>
            <numerusform>Creator Desk looks at your social sets every few seconds and continues as soon as the new X account is there. Waited %n seconds so far; Cancel stops waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>The X account is connected, in a new social set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionModel</name>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (the active connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build does not know the service &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot be used by this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no place to keep connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionProblemBanner</name>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open API &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of a social account has expired, so posting to it failed. Reconnect the account; your drafts stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect X account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key of &quot;%2&quot; — verify it or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached. You can keep writing; drafts are saved on this computer, and Creator Desk reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionRecord</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionStore</name>
    <message>
        <source>No place to keep the key is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ConnectionsPanel</name>
    <message>
        <source>&amp;Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection by pasting a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API key of any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to xAIcreator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to xAIcreator with email, Google or X to get a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected connection&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service whether the key works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the connection and remove its key from the keychain (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added. Press Enter to work with it, or choose it as the active connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; (%2, key %3)? Its key is removed from the keychain. The key itself stays valid on the server until you revoke it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check the key anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spend and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection is called &quot;%1&quot; already; names tell connections apart, so choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CountCommand</name>
    <message>
        <source>weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graphemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the limit from character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/%3 %4, %5
</source>
        <extracomment>%1 platform, %2 length, %3 limit, %4 unit, %5 verdict</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CreditCost</name>
    <message numerus="yes">
        <source>This costs %n credits. The balance is not known yet.</source>
        <translation>
            <numerusform>This costs %n credit. The balance is not known yet.</numerusform>
            <numerusform>This costs %n credits. The balance is not known yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This costs %n credits;</source>
        <translation>
            <numerusform>This costs %n credit;</numerusform>
            <numerusform>This costs %n credits;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you have %2. %n more are needed.</source>
        <translation>
            <numerusform>%1 you have %2. %n more is needed.</numerusform>
            <numerusform>%1 you have %2. %n more are needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you have %2, and %n will be left after it.</source>
        <translation>
            <numerusform>%1 you have %2, and %n will be left after it.</numerusform>
            <numerusform>%1 you have %2, and %n will be left after it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish to X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote a post on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to several platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to Bluesky, Mastodon, Threads or LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled post (charged when it goes out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credits per account</source>
        <translation>
            <numerusform>%n credit per account</numerusform>
            <numerusform>%n credits per account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your balance covers %n posts.</source>
        <translation>
            <numerusform>Your balance covers %n post.</numerusform>
            <numerusform>Your balance covers %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published to %n accounts (multi-platform)</source>
        <translation>
            <numerusform>Published to %n account (multi-platform)</numerusform>
            <numerusform>Published to %n accounts (multi-platform)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published to %n X accounts</source>
        <translation>
            <numerusform>Published to %n X account</numerusform>
            <numerusform>Published to %n X accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Quoted a post on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CreditThreshold</name>
    <message numerus="yes">
        <source>Your balance is %n credits, below your warning level of %1. Top up before publishing more; each post costs 10 credits.</source>
        <translation>
            <numerusform>Your balance is %n credit, below your warning level of %1. Top up before publishing more; each post costs 10 credits.</numerusform>
            <numerusform>Your balance is %n credits, below your warning level of %1. Top up before publishing more; each post costs 10 credits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CreditsPane</name>
    <message>
        <source>&amp;Check balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credit balance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the balance covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What things cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service for the balance now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn me below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the balance falls below this many credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts whose post fails are not charged. Before publishing, the cost is shown next to the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your credits have expired. Top up to publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your credits expire within a day, %1. Use or renew them before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your credits expire in %n days, %1. Use or renew them before then.</source>
        <translation>
            <numerusform>Your credits expire in %n day, %1. Use or renew them before then.</numerusform>
            <numerusform>Your credits expire in %n days, %1. Use or renew them before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CreditsText</name>
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credits reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no balance to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · expire %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n hours)</source>
        <translation>
            <numerusform>%1 (in %n hour)</numerusform>
            <numerusform>%1 (in %n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1 (out of date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests used · resets %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not report a credit balance, so there is none to show here. Requests and the rate limit of this connection are still shown below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::CsvReader</name>
    <message>
        <source>Line %1: a field is longer than 1 MB. Is this a CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields. Is this a CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quote. Inside a quoted field, write a quote as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote that opens a field on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DemoConnector</name>
    <message>
        <source>This build has no description of the xAIcreator service, so the demo cannot connect. Please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo (local sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo connection was closed while signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DemoSandbox</name>
    <message numerus="yes">
        <source>The demo server did not report its address within %n seconds.</source>
        <translation>
            <numerusform>The demo server did not report its address within %n second.</numerusform>
            <numerusform>The demo server did not report its address within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server was not found at %1. It is built with Creator Desk and belongs in the same folder as the creatordesk program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server answered with &quot;%1&quot; instead of its local address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DemoSchedule</name>
    <message>
        <source>Behind the scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we film our product videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive repost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the archive: our first launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product teaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something new is coming on Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Ada&apos;s studio ships every week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week in five links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll: which feature next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for what we build next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Q&amp;A reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions welcome, 6 pm today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring: designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are hiring a product designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling posts in five steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch: the X thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk 0.2 is out. A thread on what is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch: Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk 0.2 is out, with a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch: Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk 0.2 is out. Free software, GPL 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch: LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We released Creator Desk 0.2 today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DesktopNotifications</name>
    <message>
        <source>Creator Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftDocument</name>
    <message>
        <source>Not connected: choose an xAIcreator connection in the toolbar, then save again. The draft stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 is too long for %2 (%3 of %4). Shorten or split it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned time has passed. Choose a later time or no time, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftEditor</name>
    <message>
        <source>&amp;Number posts (1/n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to these accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Split into thread&quot; ends every post with its number, e.g. &quot; 2/7&quot;; the number counts in the post&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 already fits every chosen platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Post %1 was split into %n posts.</source>
        <translation>
            <numerusform>Post %1 was split into %n post.</numerusform>
            <numerusform>Post %1 was split into %n posts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved on this computer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new server draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on this computer. Connect to xAIcreator to save it to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On the server as draft %1, saved %2. The server cannot update a draft: saving again creates another server draft (%n so far).</source>
        <translation>
            <numerusform>On the server as draft %1, saved %2. The server cannot update a draft: saving again creates another server draft (%n so far).</numerusform>
            <numerusform>On the server as draft %1, saved %2. The server cannot update a draft: saving again creates another server draft (%n so far).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge posts %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this draft on the schedule calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftEditorActions</name>
    <message>
        <source>Add post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a post after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this post up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this post down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split this post at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the next post to the end of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut this post into posts that fit every chosen platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the draft to this computer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a server draft from this thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose accounts and publish this thread now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule this draft for its social set&apos;s next free posting time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftListModel</name>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on this computer: not saved to the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the server as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server and scheduled for publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftQueue</name>
    <message>
        <source>Choose the draft&apos;s accounts first: the queue belongs to their social set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This social set has no posting times yet. Set them in the Schedule section (Posting times…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every posting time of the next year is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling is not available without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftScheduler</name>
    <message>
        <source>Not connected: choose an xAIcreator connection in the toolbar, then schedule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is still being scheduled. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the server draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not schedule the draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftsCommand</name>
    <message>
        <source>No drafts on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft needs at least one --post TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 is too long for %2: %3 of %4. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account with the id &quot;%1&quot; in your social sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: drafts list [--social-set ID] | drafts create --title TITLE --post TEXT [--post TEXT ...] [--accounts ID,...] [--status draft|scheduled|published] [--template ID] | drafts import FILE [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your social sets, which the rows&apos; accounts are checked against: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Before that: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftsPane</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new draft (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from this computer? This cannot be undone. Copies already saved to the server stay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search drafts by title or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the server&apos;s drafts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the open draft from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open server draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server drafts are listed here when you are connected to xAIcreator (no connection now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the server&apos;s drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s drafts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server drafts as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social set of the listed drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the drafts of one social set; drafts only on this computer with no account chosen yet are always listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All social sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts on the server yet: &quot;Save to server&quot; in the editor puts the open draft there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::HttpClient</name>
    <message>
        <source>No API key is set for %1. Add one in the API keys pane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: a first line naming the columns text, scheduled_at (optional, ISO 8601), accounts and media (optional); in a text cell, a blank line or a line --- starts the next post of the thread. Text or Markdown: one draft per block, blocks separated by a line ---.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts (*.csv *.txt *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported from a file that cannot be read to its end; the %n row(s) read before the problem are shown above.</source>
        <translation>
            <numerusform>Nothing can be imported from a file that cannot be read to its end; the %n row read before the problem is shown above.</numerusform>
            <numerusform>Nothing can be imported from a file that cannot be read to its end; the %n rows read before the problem are shown above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), all ready to import. Nothing is created until you press Import.</source>
        <translation>
            <numerusform>%n row, ready to import. Nothing is created until you press Import.</numerusform>
            <numerusform>%n rows, all ready to import. Nothing is created until you press Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 ready to import, %2 with problems that will be skipped (see Verdict).</source>
        <translation>
            <numerusform>%n row: %1 ready to import, %2 with problems that will be skipped (see Verdict).</numerusform>
            <numerusform>%n rows: %1 ready to import, %2 with problems that will be skipped (see Verdict).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows imported so far stay imported. The row in progress is finished first, then nothing more is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the row in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n draft(s)</source>
        <translation>
            <numerusform>&amp;Import %n draft</numerusform>
            <numerusform>&amp;Import %n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportInput</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportParser</name>
    <message numerus="yes">
        <source>This file has more than %n rows. Creator Desk imports at most %n at a time: split the file and import the parts one after the other.</source>
        <translation>
            <numerusform>This file has more than %n row. Creator Desk imports at most %n at a time: split the file and import the parts one after the other.</numerusform>
            <numerusform>This file has more than %n rows. Creator Desk imports at most %n at a time: split the file and import the parts one after the other.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportPreviewModel</name>
    <message>
        <source>The preview was stopped before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportReader</name>
    <message>
        <source>%1 is not a file Creator Desk imports: choose a .csv, .txt or .md file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no posts in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of a CSV file must name its columns, and one of them must be “text”. Found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time: write it as ISO 8601, such as 2025-06-01T09:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than 1 MB. Is this a text file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post that starts on line %1 is longer than 1 MB. Separate posts with a line “---”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportRow</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a platform, account or &quot;media&quot;, %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportRunner</name>
    <message>
        <source>scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Its draft was saved on this computer, not scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped because of its problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no place to keep drafts on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: media and times need a connection to xAIcreator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save its draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save its media in its draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload its media: %1 Its draft was saved on this computer without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service answered for fewer files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 failed: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 done, row %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1–%2 done, row %3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing after row %1 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the first row: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: row %1 done, nothing after it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: rows %1–%2 done, nothing after row %2 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) created.</source>
        <translation>
            <numerusform>%n draft created.</numerusform>
            <numerusform>%n drafts created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them scheduled.</source>
        <translation>
            <numerusform>%n of them scheduled.</numerusform>
            <numerusform>%n of them scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped because of their problems.</source>
        <translation>
            <numerusform>%n row skipped because of its problems.</numerusform>
            <numerusform>%n rows skipped because of their problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ImportVerdicts</name>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files are uploaded as the drafts are created: connect to xAIcreator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling needs a connection to xAIcreator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row with a time needs at least one account in its accounts column to publish to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with this id in your social sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is over the limit: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 is over the limit: %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::JsonStringArrayReader</name>
    <message>
        <source>Not a JSON array of strings (at byte %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input does not start with [</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or ] after an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more after the array&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every element must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown escape after \</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeyFormatCheck</name>
    <message>
        <source>hexadecimal characters (0-9, a-f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains &quot;%1&quot;; after %2 it may only have %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 the key needs exactly %2 %3; this one has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is too short: after %1 it needs at least %2 characters; this one has %3. Copy the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is too long: after %1 it has at most %2 characters; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid key: it should be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces or line breaks around the key were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes around the key were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains a space or line break. Copy it again in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 key starts with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a %1 key; choose %1 as the service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeyRotation</name>
    <message>
        <source>This service does not let Creator Desk create keys, so it cannot rotate them. Create a new key in the service&apos;s dashboard, paste it here, then revoke the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current key could not be read: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key could not be created: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key did not work (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection now uses the new key, but the old key is still active: %1 Revoke it in the list of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be told apart from the other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was rotated: the connection uses the new key and the old one is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It was revoked again; the connection keeps its old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The connection keeps its old key. The new key &quot;%2&quot; could not be revoked (%3); revoke it in the list of keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeyVerifier</name>
    <message numerus="yes">
        <source>The key works. Balance: %n credit(s).</source>
        <translation>
            <numerusform>The key works. Balance: %n credit.</numerusform>
            <numerusform>The key works. Balance: %n credits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 can only check a key by running a request that costs %n credit(s) when the key works (nothing when it fails).</source>
        <translation>
            <numerusform>%1 can only check a key by running a request that costs %n credit when the key works (nothing when it fails).</numerusform>
            <numerusform>%1 can only check a key by running a request that costs %n credits when the key works (nothing when it fails).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The key was not checked, so that no credit is spent without asking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeychainCheck</name>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The service shows a new key only once. Creator Desk can keep it for this run only, and show it to you once so that you can copy it. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeychainSecretStore</name>
    <message>
        <source>No key is stored in the keychain for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain can be reached (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must be running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::KeysCommand</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key management that Creator Desk can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keys list | keys create --name NAME | keys revoke ID | keys verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new key a name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created key &quot;%1&quot; (%2, id %3). In demo mode it is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is the one this connection uses. Switch the connection to another key first (or rotate it in Creator Desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked key &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (maybe in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No key was created: the service would show it only once, and it could not be kept. Start or unlock the keychain and try again, or add --print-key to have the key printed once to this terminal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created key &quot;%1&quot; (%2, id %3) and stored it in the keychain as the connection &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created key &quot;%1&quot; (id %2), but it could not be stored: %3 Here it is, shown only this once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists only the key&apos;s environment (%2), so it cannot be told whether this connection uses key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the key this connection used: it no longer works. Use another key of this account for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Spend it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The key was not checked. Add --spend-credit to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LanguageBox</name>
    <message>
        <source>Language of this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling is checked in this language; Bluesky and Mastodon are told it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling dictionary found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LoginCommand</name>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is available for xAIcreator; for %1, paste a key in Creator Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser (up to 5 minutes; Ctrl+C cancels)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (key %2). In demo mode the key is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: login --email ADDRESS | login --google | login --twitter [--print-key]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Creator Desk did not sign in: the server would show the new key only once, and it could not be kept. Start or unlock the keychain and try again, or add --print-key to have the key printed once to this terminal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The key %2 is stored in the keychain as the connection &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1, but the key could not be stored: %2 Here it is, shown only this once:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LoopbackAuthFlow</name>
    <message>
        <source>Creator Desk could not wait for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LoopbackListener</name>
    <message>
        <source>A request was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A malformed request was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in answer with a wrong or missing state was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in Creator Desk started. Return to Creator Desk and start again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not allowed. You can close this window and return to Creator Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in answer without a code was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk received the sign-in. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::LowBalanceNotifier</name>
    <message>
        <source>%1 credits are low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MainWindow</name>
    <message>
        <source>Creator Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Creator Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which account every section shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Creator Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Creator Desk %1&lt;/h3&gt;&lt;p&gt;Write, schedule and publish posts through API-key services.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section belongs to xAIcreator. The active connection is %1; choose an xAIcreator connection in the toolbar to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of an X account has expired. Connect it again to the social set it belongs to; X asks you to allow xAIcreator to post for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the current section again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts from a CSV, text or Markdown file, previewed first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MastodonInstanceClient</name>
    <message>
        <source>The server&apos;s answer has no character limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not as a Mastodon server: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MediaAttachmentModel</name>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading, %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MediaCommand</name>
    <message>
        <source>Usage: media upload FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading: %1 % (%2 of %3), %4 of %5 files done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MediaStrip</name>
    <message>
        <source>VIDEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (JPEG, PNG, WebP), GIFs or videos (MP4, MOV, WebM); you can also drop files on the post or paste an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add media to this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an image from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress of this post&apos;s media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all uploads of this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MediaTile</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try uploading %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Ctrl+Left / Ctrl+Right moves it, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MemorySecretStore</name>
    <message>
        <source>No key is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::MonthView</name>
    <message>
        <source>Schedule calendar, month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::NewKeyDialog</name>
    <message>
        <source>C&amp;reate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store as a new connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem creating the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the new key as a new connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key goes into the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain can be reached: the connection is kept for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it for &amp;this run only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::NewKeyKeeper</name>
    <message>
        <source>There is no place to keep the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be stored (%1), and it could not be revoked either: revoke it in the service&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be stored (%1), and %2 cannot revoke keys through its API: revoke it in the service&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be stored (%1), and it could not be found in the service&apos;s list of keys to revoke it (%2): revoke it in the service&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key (id %1) could not be stored (%2), and revoking it failed: %3 Revoke it (id %1) in the list of API keys or in the service&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be stored (%1), so it was revoked at once rather than left working with nobody holding it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::OAuthSignIn</name>
    <message>
        <source>The sign-in was not allowed in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed within 5 minutes. Start it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::OneTimeKeyView</name>
    <message>
        <source>&amp;Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time the whole key is shown. Copy it now to wherever it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning from the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the key.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the key.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::Outbox</name>
    <message>
        <source>The outbox could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PersonalDictionary</name>
    <message>
        <source>Your dictionary %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a word that can be added to your dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added to your dictionary %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PlannedTimeEdit</name>
    <message>
        <source>&amp;Planned for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with &quot;Save to server&quot; as the server draft&apos;s planned time. To publish at a time, schedule the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::Platform</name>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PostDragHandle</name>
    <message>
        <source>Drag to move this post (or Alt+Up / Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PostEditor</name>
    <message>
        <source>What do you want to say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of post %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3, %n over the limit</source>
        <translation>
            <numerusform>%1: %2 of %3, %n over the limit</numerusform>
            <numerusform>%1: %2 of %3, %n over the limit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PostStack</name>
    <message>
        <source>Posts of the thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishCommand</name>
    <message>
        <source>--quote needs a link to a post on X or its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply-control is everyone, accounts_you_follow or mentioned_only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visibility is PUBLIC, CONNECTIONS or LOGGED_IN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server draft &quot;%1&quot;. &quot;creatordesk-cli&quot; publishes drafts saved to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No social set has the account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): not sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be published to these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers were lost: check those accounts before publishing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: publish DRAFT_ID --accounts ID[,ID...] [--community ID[:NAME] [--community-description TEXT]] [--quote URL] [--reply-control everyone|accounts_you_follow|mentioned_only] [--visibility PUBLIC|CONNECTIONS|LOGGED_IN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--community needs the community&apos;s ID: --community ID[:NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--community-description goes with the community&apos;s name: --community ID:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--community-description needs --community ID:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishController</name>
    <message>
        <source>The answer was lost, so it is not known whether this was published. Check the account before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not say what happened for this account. Check it before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused to publish to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to creating the server draft was lost, so nothing was published. Sending again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, so it is not known whether this was published. &quot;Check again&quot; asks the server about this very job; it cannot post twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishDialog</name>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) will be published now to the checked accounts.</source>
        <translation>
            <numerusform>%n post will be published now to the checked accounts.</numerusform>
            <numerusform>%n posts will be published now to the checked accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X community ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: post into this community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: link or number of the post to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can reply on Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads&apos; default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned accounts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can &amp;reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see it on LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn&apos;s default (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in LinkedIn members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visible to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1 credits of your %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1 credits (the balance is not known yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one account to publish to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checked accounts belong to more than one social set; a draft goes out from one set at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post to quote is not a link to a post on X nor its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the checked accounts can take this draft; the reasons are beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X community name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the community&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X community description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: its description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community&apos;s name and description go with its ID: give the community ID too, or clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community&apos;s description goes with its name: give the name too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishFlow</name>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs an xAIcreator connection. Choose one in the toolbar, or add a key in the API keys pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publishing to %n account(s)…</source>
        <translation>
            <numerusform>Publishing to %n account…</numerusform>
            <numerusform>Publishing to %n accounts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again to the failed accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking X about the same job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you look at the account? If the post is already there, sending again publishes it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting in the outbox. The connection is back: send now?</source>
        <translation>
            <numerusform>%n post waiting in the outbox. The connection is back: send now?</numerusform>
            <numerusform>%n posts waiting in the outbox. The connection is back: send now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending what waited in the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishPlan</name>
    <message>
        <source>The draft has no posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 is over %2&apos;s limit: %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk does not know the platform &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing costs %1 credits and your balance is %2: %3 more are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is a single post; this draft has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language choice needs %1&apos;s own endpoint, which cannot carry this draft&apos;s media: %2. Publish without a language choice to send it with its media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 has media, and its pictures go with the first post only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it takes pictures, not videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media&apos;s URLs are not known here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::PublishResultView</name>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again only to the accounts that failed; the published ones are left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask X about the same job again; it cannot post twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the post is not on the account: this posts it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published to all %n account(s).</source>
        <translation>
            <numerusform>Published to all %n account.</numerusform>
            <numerusform>Published to all %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection: this publish waits in the outbox. You will be asked before it is sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published to %1 of %n account(s).</source>
        <translation>
            <numerusform>Published to %1 of %n account.</numerusform>
            <numerusform>Published to %1 of %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>X keeps a record of each publish job: &quot;Check again&quot; asks about the same job and cannot post twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other services cannot be asked about a lost request. Open the account and look: use &quot;Send again&quot; only if the post is not there, or it will appear twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open the post&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service gave no link to the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::QueueCalendar</name>
    <message>
        <source>Reading the schedule to find the next free posting time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not queued: the schedule could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting times were not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting times kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the posting times of the social sets&apos; queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly times that &quot;Add to queue&quot; fills, per social set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::QueueCommand</name>
    <message>
        <source>There is no server draft &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has no selected accounts: name them with --accounts ID,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account &quot;%1&quot; in your social sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social set &quot;%1&quot; has no posting times. Set them in Creator Desk&apos;s Schedule section (Posting times…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every posting time of the next year is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next free posting time of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no posting times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No social set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::QueueSlotsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary the time by up to 3 minutes either way (jitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly posting times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this posting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected posting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the posting times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Add to queue&quot; (Ctrl+Shift+Q in the editor) puts a draft at the next of these times that has no post yet for the same accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Social set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RemoteKeyModel</name>
    <message>
        <source>Unnamed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · rotate: older than %n days</source>
        <translation>
            <numerusform>%1 · rotate: older than %n day</numerusform>
            <numerusform>%1 · rotate: older than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active connection uses this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keys should be rotated every %n days; this one is older.</source>
        <translation>
            <numerusform>Keys should be rotated after %n day; this one is older.</numerusform>
            <numerusform>Keys should be rotated after %n days; this one is older.</numerusform>
        </translation>
    </message>
    <message>
        <source>This connection&apos;s service does not manage keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service lists only the key&apos;s environment, so it cannot be told whether the active connection uses this key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RemoteKeys</name>
    <message>
        <source>%1 creates keys only in its dashboard. Create one there and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RemoteListPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection yet. To try Creator Desk with sample data, start it with the --demo option.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RescheduleController</name>
    <message>
        <source>Not connected: choose an xAIcreator connection in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change to the schedule is still being sent. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is no longer waiting: it is being published, was published or failed. Refresh the calendar to see where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move &quot;%1&quot;: %2 It is still scheduled at its old time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move &quot;%1&quot;: %2 Putting it back at its old time failed too: %3 Schedule it again from the drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed post can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry of this post was already scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry of this post already waits at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not schedule the retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no move to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change &quot;%1&quot;: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RetryCountdown</name>
    <message>
        <source>Sending again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending again in %n s.</source>
        <translation>
            <numerusform>Sending again in %n s.</numerusform>
            <numerusform>Sending again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: you can try again in %n min.</source>
        <translation>
            <numerusform>Rate limited: you can try again in %n min.</numerusform>
            <numerusform>Rate limited: you can try again in %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: you can try again in %n s.</source>
        <translation>
            <numerusform>Rate limited: you can try again in %n s.</numerusform>
            <numerusform>Rate limited: you can try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::RotationDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key is created and tried, the connection switches to it, then the old key is revoked. If a step fails, the connection keeps a working key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the new key works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the connection to the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleAgendaView</name>
    <message>
        <source>Schedule agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleCommand</name>
    <message>
        <source>Nothing is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · attempts %1, last error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule add needs --at, e.g. --at 2026-12-01T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2026-12-01T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account &quot;%1&quot; in your social sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled for %1 to %n account(s).</source>
        <translation>
            <numerusform>Scheduled for %1 to %n account.</numerusform>
            <numerusform>Scheduled for %1 to %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server draft &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has no selected accounts: name them with --accounts ID,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority needs a whole number, such as 0 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: schedule list | schedule add DRAFT_ID --at ISO-TIME [--accounts ID,...] [--priority N] [--no-jitter] | schedule cancel DRAFT_ID | schedule queue DRAFT_ID [--accounts ID,...] | schedule slots [--social-set ID]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleDialog</name>
    <message>
        <source>Vary the time by up to 3 minutes either way (jitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the service with the schedule (0 is the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleEntryPanel</name>
    <message>
        <source>Change time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected scheduled post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this post to another time (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this post off the schedule (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a post on the calendar to see how it is doing, or drag a draft from the drafts list onto a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (± 3 minutes: jitter is on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule this account again in a few minutes; the accounts that were published are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleModel</name>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleNotifier</name>
    <message>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; went out on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not go out on %2: %3. Open the schedule to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing delayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not go out on %2 yet: %3. The service tries again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SchedulePane</name>
    <message>
        <source>Undo move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was taken off the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: choose an xAIcreator connection in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft is not on this computer any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &quot;%1&quot; at %2 off the schedule? The draft stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled yet: open a draft and press Schedule…, or drag one from the drafts list here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the queue needs an xAIcreator connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleRules</name>
    <message>
        <source>Choose a date and time for the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too soon: choose a time at least a minute from now, or publish now instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one account to publish to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publishing to %n account(s) will cost %1 credits; you have %2. Buy credits or choose fewer accounts.</source>
        <translation>
            <numerusform>Publishing to %n account will cost %1 credits; you have %2. Buy credits or choose fewer accounts.</numerusform>
            <numerusform>Publishing to %n accounts will cost %1 credits; you have %2. Buy credits or choose fewer accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1 is too long for %2 (%3 of %4). Shorten or split it, then schedule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is empty. Write something before scheduling it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ScheduleText</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: published at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: publishing since %2 (attempt %3 of %4); the service is sending it now. The calendar refreshes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: failed after %n attempt(s), last at %2: %3</source>
        <translation>
            <numerusform>%1: failed after %n attempt, last at %2: %3</numerusform>
            <numerusform>%1: failed after %n attempts, last at %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 A retry is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attempt %2 failed at %3: %4. The service tries again (%5 of %6 attempts left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s sign-in has expired (reconnect it, then retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough credits (buy credits, then retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft or the account no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SectionSidebar</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ServerDraftListModel</name>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ServerKeysPanel</name>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reports no API keys for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection to see the keys its service holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stops working at once (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the active connection&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key-management endpoints: its keys are managed in its own dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key; it is shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service creates keys only in its own dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service does not let Creator Desk create keys, so it cannot rotate them: create a new key in its dashboard, add it here, then revoke the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a kept connection can be rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new key, switch this connection to it and revoke the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2)? Everything that uses it stops working at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the key this connection uses, and there is no other connection to this service to switch to. Use Rotate instead: it creates a new key, switches to it, then revokes this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the key the active connection uses. Revoking it stops this connection from working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk will switch to &quot;%1&quot; first, then revoke &quot;%2&quot;. Revoke it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch and &amp;revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key was revoked on the server; add a new key or delete this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2)? The service lists only the key&apos;s environment, so it cannot be told whether this connection uses it. Everything that uses it stops working at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ServiceDescriptor</name>
    <message>
        <source>The service description %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ServiceRegistry</name>
    <message>
        <source>No service descriptions were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service description %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service description %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service id &quot;%1&quot; in %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to xAIcreator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with email and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Google in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with X in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or sign in through your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build does not know the xAIcreator service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the service&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address and the password of your xAIcreator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Google&apos;s sign-in page in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening X&apos;s sign-in page in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be kept as a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the connection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the new key can be kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in for &amp;this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the connection &quot;%1&quot; for this run only: copy the key now if you need it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SingleInstance</name>
    <message>
        <source>Creator Desk is already running but does not answer. Close it (or end it in the task manager) and start Creator Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk is already running but did not come to the front. Switch to its window, or close it and start Creator Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SocialSetModel</name>
    <message>
        <source>Social sets and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SocialSetsPanel</name>
    <message>
        <source>Connect an &amp;X account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no social sets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an X account to a social set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social sets belong to xAIcreator. The active connection is %1; choose an xAIcreator connection to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected account&apos;s character limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X Premium, or a Mastodon instance&apos;s own limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpellChecker</name>
    <message>
        <source>There is no word to add to the dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpellCommand</name>
    <message>
        <source>No spelling dictionary is installed. Install one (on Debian or Ubuntu, e.g. the package hunspell-en-us), or name a folder of LANGUAGE.aff and LANGUAGE.dic files in CREATORDESK_DICTIONARIES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dictionary for &quot;%1&quot;. Dictionaries found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dictionary for &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpellingMenu</name>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add &quot;%1&quot; to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpendingHistoryModel</name>
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance was not checked after this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the spending history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spending history file was damaged (%1); it was kept as %2 and a new one is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the spending history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SpendingHistoryPanel</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the spending history as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer from the calls Creator Desk makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been spent from this app yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export spending history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the history to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::TargetAccountModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account %2 in social set %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ThreadHistory</name>
    <message>
        <source>Typing in post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ThreadModel</name>
    <message>
        <source>Post %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::UploadQueue</name>
    <message>
        <source>the server did not confirm this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::UrlPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are only sent over https. Plain http is allowed only for this computer (127.0.0.1, ::1 or localhost), not for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::WeekOverflowMarkers</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts not shown in the week at %1: %2. Click here, or press +, to list them in the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::WeekView</name>
    <message>
        <source>Schedule calendar, week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n-hour day</source>
        <translation>
            <numerusform>%n-hour day</numerusform>
            <numerusform>%n-hour day</numerusform>
        </translation>
    </message>
    <message>
        <source>Free · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::WelcomePage</name>
    <message>
        <source>&amp;Sign in to xAIcreator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your email and password, Google or X. Creator Desk makes an API key for this computer and keeps it in the system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a key of xAIcreator, Xquik, oqui or another service you use; it is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sandbox on this computer with sample accounts, drafts and credits. Nothing is posted anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Creator Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write threads for X, Bluesky, Mastodon, Threads and LinkedIn, see every platform&apos;s limit as you type, and publish or schedule them. To begin, connect Creator Desk to your publishing service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the welcome and look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server and signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::XAccountConnector</name>
    <message>
        <source>Connecting the X account was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to connect the X account with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No new X account appeared in your social sets within %n minute(s). If you allowed access in the browser, refresh the social sets; if you reconnected an account that was there already, it is done. Otherwise start again.</source>
        <translation>
            <numerusform>No new X account appeared in your social sets within %n minute. If you allowed access in the browser, refresh the social sets; if you reconnected an account that was there already, it is done. Otherwise start again.</numerusform>
            <numerusform>No new X account appeared in your social sets within %n minutes. If you allowed access in the browser, refresh the social sets; if you reconnected an account that was there already, it is done. Otherwise start again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft file %1 could not be read and was moved aside as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. The draft stays open here and nothing is lost; free some space or fix the folder&apos;s permissions, and Creator Desk saves it as soon as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other one, which could not be read as a draft, in the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other one as a draft of its own ending in “(changed elsewhere)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was also changed outside this window (by another Creator Desk or a sync tool). Both versions are kept: yours here, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credits · expire %1</source>
        <translation>
            <numerusform>%n credit · expire %1</numerusform>
            <numerusform>%n credits · expire %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1/%2 · resets %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (any more); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; drop the pictures or videos inside it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, WebP or GIF picture, nor an MP4, MOV or WebM video (judged by its content, not its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut off: the file ends before its content does. Copy it again from where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <source>%1 is %2; a GIF may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a video may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a picture may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes pictures only, no videos; %2 was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one video per post; %2 was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 a video cannot share a post with pictures; %2 was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 a post with a video takes nothing else; %2 was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n pictures per post; %2 was not added.</source>
        <translation>
            <numerusform>%1 takes at most %n picture per post; %2 was not added.</numerusform>
            <numerusform>%1 takes at most %n pictures per post; %2 was not added.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes pictures only; remove the video or that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one video per post; remove the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 a video cannot share a post with pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n pictures per post; this post has %2.</source>
        <translation>
            <numerusform>%1 takes at most %n picture per post; this post has %2.</numerusform>
            <numerusform>%1 takes at most %n pictures per post; this post has %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastedImageStore</name>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the local demo server and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, schedule and publish posts through API-key services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the main window has been painted (with --demo: and the demo connection is ready).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
