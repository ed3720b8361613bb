/* global document, URL */
// Served as /embed.js, a classic script (no import or export here; the .mjs name only lets
// ESLint check it). A clinic adds one <script> tag to its website and gets a "Chat with us"
// button that opens the chat page from this server in a panel. The chat runs inside the
// iframe, on this server's origin, so the clinic's site never handles tokens or messages.
(function embedClinicChat() {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const chatUrl = new URL('/', script.src).href;
  const buttonLabel = script.dataset.label || 'Chat with us';
  const frameTitle = script.dataset.title || 'Chat with our automated assistant';
  const brand = /^#[0-9a-fA-F]{6}$/.test(script.dataset.color || '') ? script.dataset.color : '#1f4e79';

  const panelId = 'clinic-chat-panel';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = buttonLabel;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panelId);
  Object.assign(button.style, {
    position: 'fixed',
    right: '1rem',
    bottom: '1rem',
    zIndex: '2147483000',
    padding: '0.75rem 1.25rem',
    border: '0',
    borderRadius: '999px',
    background: brand,
    color: '#ffffff',
    font: '600 1rem system-ui, sans-serif',
    cursor: 'pointer',
    boxShadow: '0 2px 8px rgba(0, 0, 0, 0.3)',
  });

  const panel = document.createElement('div');
  panel.id = panelId;
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', frameTitle);
  Object.assign(panel.style, {
    position: 'fixed',
    right: '1rem',
    bottom: '4.75rem',
    zIndex: '2147483000',
    width: 'min(26rem, calc(100vw - 2rem))',
    height: 'min(40rem, calc(100vh - 6rem))',
    background: '#ffffff',
    borderRadius: '12px',
    overflow: 'hidden',
    boxShadow: '0 4px 24px rgba(0, 0, 0, 0.35)',
  });

  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close chat';
  Object.assign(close.style, {
    position: 'absolute',
    top: '0.25rem',
    right: '0.25rem',
    padding: '0.25rem 0.5rem',
    border: '1px solid #ffffff',
    borderRadius: '6px',
    background: 'rgba(0, 0, 0, 0.55)',
    color: '#ffffff',
    font: '0.85rem system-ui, sans-serif',
    cursor: 'pointer',
  });

  let frame;
  function open() {
    if (!frame) {
      // Created on first open, so a visit that never opens the chat costs the clinic nothing.
      frame = document.createElement('iframe');
      frame.src = chatUrl;
      frame.title = frameTitle;
      frame.referrerPolicy = 'no-referrer';
      Object.assign(frame.style, { width: '100%', height: '100%', border: '0' });
      panel.prepend(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }
  function hide() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', () => (panel.hidden ? open() : hide()));
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });

  panel.append(close);
  document.body.append(panel, button);
})();
