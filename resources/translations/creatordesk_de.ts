<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent. You can try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reports no API keys for this account.</source>
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
</context>
<context>
    <name>CreatorDesk::CliRunner</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: credits, keys, login, count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Balance: %n credit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>The account shows no credit balance.</source>
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
        <source>--json expects a JSON array of strings on standard input.</source>
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
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (out of date)</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>CreatorDesk::DraftListModel</name>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::DraftsPane</name>
    <message>
        <source>%1 · posts: %2 · changed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no drafts on the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::ExampleRemoteKeys</name>
    <message>
        <source>%1 creates keys only in its dashboard. Create one there and paste it here.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The key works.</source>
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
        <source>Created key &quot;%1&quot; (id %2), but it could not be stored: %3 Revoke it with &quot;keys revoke %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created key &quot;%1&quot; (%2, id %3) and stored it in the keychain as the connection &quot;%1&quot;.</source>
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
        <source>Usage: login --email ADDRESS | login --google | login --twitter</source>
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
        <source>Signed in, but the key could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The key %2 is stored in the keychain as the connection &quot;%1&quot;.</source>
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
    <name>CreatorDesk::MainWindow</name>
    <message>
        <source>Creator Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
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
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the current section again (F5)</source>
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
</context>
<context>
    <name>CreatorDesk::MemorySecretStore</name>
    <message>
        <source>No key is stored for this connection.</source>
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
    <message>
        <source>Creator Desk could not wait for the browser&apos;s answer: %1</source>
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
    <name>CreatorDesk::ScheduleListModel</name>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorDesk::SchedulePane</name>
    <message>
        <source>%1 · %2 · attempts: %3 · last error: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled. Scheduled posts appear here in the order they will go out.</source>
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
    <name>CreatorDesk::XAccountConnector</name>
    <message>
        <source>Connecting the X account was not allowed in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting the X account was not completed within 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting the X account was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator Desk could not wait for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s authorization address has no state, so its answer could not be checked. The X account was not connected.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>main</name>
    <message>
        <source>Start the local demo server and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the main window has been painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, schedule and publish posts through API-key services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
