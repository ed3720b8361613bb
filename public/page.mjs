/* global window, document, fetch, URL */
// Starts Web Chat on the chat page. Settings come from the JSON block the server wrote into the
// page (clinic name, colours, the CSP nonce); the Direct Line token comes from our own server,
// so no secret ever reaches the browser.

const config = JSON.parse(document.getElementById('webchat-config').textContent);
const chatElement = document.getElementById('chat');
const problemElement = document.getElementById('chat-problem');

function showProblem() {
  const loading = document.getElementById('chat-loading');
  if (loading) loading.remove();
  const call = document.createElement('a');
  call.href = `tel:${config.clinicPhoneDial}`;
  call.textContent = `Call ${config.clinicPhone}`;
  problemElement.replaceChildren(`${config.unavailableText} `, call);
  problemElement.hidden = false;
}

async function fetchSession() {
  const response = await fetch(config.tokenUrl, { cache: 'no-store', credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`the token request failed with HTTP ${response.status}`);
  return response.json();
}

function directLineFor(session) {
  if (session.local) {
    // Our own server speaks Direct Line 3.0 over REST; it has no WebSocket stream, so Web Chat polls.
    const domain = new URL(session.domain, window.location.href).href.replace(/\/$/, '');
    return window.WebChat.createDirectLine({ token: session.token, domain, webSocket: false, pollingInterval: 500 });
  }
  return window.WebChat.createDirectLine(session.domain ? { token: session.token, domain: session.domain } : { token: session.token });
}

// Web Chat only tells the bot about the user when they first speak, so announce the join
// ourselves: the bot answers 'webchat/join' with its welcome (once per conversation).
function joinOnConnect() {
  return ({ dispatch }) =>
    (next) =>
    (action) => {
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
        dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: config.locale } } });
      }
      return next(action);
    };
}

// Web Chat's default card-action handler opens http(s), mailto and tel: links but refuses sms:,
// so the crisis card's "Text 988" and "Text HOME to 741741" buttons are opened here.
function openSmsLinks() {
  return () => (next) => (card) => {
    const { cardAction } = card;
    if (cardAction && cardAction.type === 'openUrl' && /^sms:/i.test(String(cardAction.value))) {
      window.open(cardAction.value, '_blank', 'noopener');
      return undefined;
    }
    return next(card);
  };
}

async function start() {
  if (!window.WebChat) throw new Error('the Web Chat script did not load');
  const session = await fetchSession();
  const store = window.WebChat.createStore({}, joinOnConnect());
  window.WebChat.renderWebChat(
    {
      directLine: directLineFor(session),
      store,
      cardActionMiddleware: openSmsLinks(),
      // Azure tokens carry the user id (Web Chat reads it from the token); local ones do not.
      userID: session.local ? session.userId : undefined,
      locale: config.locale,
      styleOptions: config.styleOptions,
      nonce: config.nonce,
    },
    chatElement,
  );
}

start().catch(() => showProblem());
