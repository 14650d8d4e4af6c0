// A customer-service conversation, live: the shopper's page (/support/{id}) and the staff inbox (/staff/stores/{id}/support)
// join the conversation on the hub (/hubs/support), add messages as they arrive, show typing and "read", and send the
// shopper's messages over the hub. The inbox also joins the store's inbox and puts conversations that arrive or change in
// their place in its list (a banner asks for a reload only when events may have been missed); its saved replies picker puts
// the chosen reply's filled text into the reply box (without script the picker reloads the page with the text in the box).
(function () {
  'use strict';
  var chat = document.querySelector('[data-testid="support-chat"]');
  var inbox = document.querySelector('[data-testid="support-inbox"]');
  if ((!chat && !inbox) || !window.signalR) return;
  var texts = JSON.parse(document.getElementById('support-texts').textContent);
  var side = chat ? chat.dataset.side : 'agent';
  var conversationId = chat ? chat.dataset.conversationId : null;
  var list = document.getElementById('support-messages');
  var typingLine = document.getElementById('support-typing');
  var readLine = document.getElementById('support-read');
  var form = document.getElementById('support-compose');
  var errorBox = document.getElementById('support-error');

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function say(template, value) { return template.replace('{0}', value); }

  // The same markup as Pages/_SupportMessage.cshtml.
  function messageItem(m) {
    var author = m.author;
    var li = el('li', 'support-msg support-msg--' + author);
    li.dataset.seqId = m.id;
    li.setAttribute('data-testid', 'support-message');
    li.dataset.author = author;
    if (author === 'system') {
      var words = texts[m.text] || m.text;
      li.append(el('span', '', m.text === 'joined' ? say(words, m.authorName || texts.someone) : words));
      return li;
    }
    var mine = (side === 'customer' && author === 'customer') || (side === 'agent' && author === 'agent' && m.mine);
    if (mine) li.classList.add('support-msg--mine');
    if (m.internal) li.classList.add('support-msg--note');
    var who = author === 'assistant' ? texts.assistant : mine ? texts.you : m.authorName;
    li.append(el('span', 'support-msg__who', (m.internal ? texts.note + ' · ' : '') + who));
    if (m.text) { var p = el('p', 'support-msg__text', m.text); p.dir = 'auto'; li.append(p); }
    if (m.photoUrl) { var img = el('img', 'support-msg__photo'); img.src = m.photoUrl; img.alt = ''; li.append(img); }
    if (m.card) {
      var card = el('div', 'support-card');
      card.setAttribute('data-testid', 'answer-card');
      card.dataset.kind = m.card.kind;
      card.append(el('p', 'support-card__title', m.card.title));
      if (m.card.facts.length) {
        var dl = el('dl', 'facts');
        m.card.facts.forEach(function (f) { var d = el('div'); d.append(el('dt', '', f.label), el('dd', '', f.value)); dl.append(d); });
        card.append(dl);
      }
      m.card.actions.forEach(function (a) { var link = el('a', 'button button--secondary', a.label); link.href = a.url; card.append(link); });
      li.append(card);
    }
    return li;
  }
  function addMessage(m) {
    if (!list || list.querySelector('[data-seq-id="' + m.id + '"]')) return;
    list.append(messageItem(m));
    list.lastChild.scrollIntoView({ block: 'nearest' });
    if (typingLine) typingLine.textContent = '';
    if (readLine && m.author === (side === 'customer' ? 'customer' : 'agent')) readLine.hidden = true;
  }

  // The inbox's list, as Pages/StaffInbox.cshtml renders it: the view's conversations, newest activity first.
  var rows = document.getElementById('inbox-conversations');
  var noRows = document.getElementById('inbox-empty');
  function belongs(c) {
    var view = inbox.dataset.view;
    if (view === 'all') return true;
    if (c.status === 'resolved') return false;
    return view === 'mine' ? c.assigneeId === inbox.dataset.me : c.handler === 'person' && !c.assigneeId;
  }
  function when(iso) {
    var options = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang || undefined, Object.assign({ timeZone: inbox.dataset.zone }, options))
        .format(new Date(iso));
    } catch (e) {
      return new Date(iso).toLocaleString();
    }
  }
  function inboxRow(c) {
    var li = el('li', c.id === conversationId ? 'is-open' : '');
    li.dataset.conversationId = c.id;
    li.dataset.last = c.lastMessageAtUtc;
    var link = el('a', '', c.customerName || '');
    link.href = '?view=' + encodeURIComponent(inbox.dataset.view) + '&c=' + c.id;
    link.dir = 'auto';
    link.setAttribute('data-testid', 'inbox-conversation');
    var about = [texts['status-' + c.status] || c.status, when(c.lastMessageAtUtc)];
    if (c.assigneeName) about.push(c.assigneeName);
    li.append(link, ' ', el('span', 'muted', about.join(' · ')));
    var urgent = urgency(c.serviceLevel);
    if (urgent) {
      var sla = el('span', 'support-sla' + (c.serviceLevel.met === false ? ' support-sla--missed' : ''), urgent);
      sla.setAttribute('data-testid', 'inbox-sla');
      li.append(sla);
    }
    return li;
  }
  // The row's service-level line, as SupportText.Urgent words it: what is late, else what falls due next.
  function urgency(level) {
    if (!level) return null;
    if (level.met === false) return texts['past-target'];
    if (level.firstResponse.state === 'running') return say(texts['reply-by'], say(texts.due, when(level.firstResponse.dueAtUtc)));
    if (level.resolution.state === 'running') return say(texts['resolve-by'], say(texts.due, when(level.resolution.dueAtUtc)));
    return null;
  }
  // A conversation arrived or changed: its row goes where it now belongs (or leaves this view). False when there is no list.
  function place(c) {
    if (!rows) return false;
    var old = rows.querySelector('li[data-conversation-id="' + c.id + '"]');
    if (old) old.remove();
    if (belongs(c)) {
      var at = Date.parse(c.lastMessageAtUtc);
      var next = Array.prototype.find.call(rows.children, function (li) { return Date.parse(li.dataset.last) <= at; });
      rows.insertBefore(inboxRow(c), next || null);
    }
    if (noRows) noRows.hidden = rows.children.length > 0;
    return true;
  }
  // The open conversation's status and who has it, in its heading.
  function showOpen(c) {
    var status = chat.querySelector('[data-testid="support-status"]');
    var assignee = document.getElementById('support-assignee');
    if (status) status.textContent = texts['status-' + c.status] || c.status;
    if (assignee) assignee.textContent = c.assigneeName ? say(texts['with'], c.assigneeName) : texts.nobody;
  }
  function showNews() { var news = document.getElementById('inbox-news'); if (news) news.hidden = false; }

  // The newest messages are where the conversation is: start at the bottom.
  if (list) list.scrollTop = list.scrollHeight;

  var connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/support', { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
    .withAutomaticReconnect().build();
  var me = chat ? chat.dataset.me : null;

  connection.on('Message', function (m) {
    if (m.conversationId !== conversationId) return;
    m.mine = side === 'agent' && m.author === 'agent' && m.authorId === me;
    addMessage(m);
    if (document.visibilityState === 'visible') connection.invoke('Read', conversationId).catch(function () {});
  });
  connection.on('Conversation', function (c) {
    if (inbox) {
      if (!place(c)) showNews();
      if (chat && c.id === conversationId) showOpen(c);
    }
    if (chat && c.id === conversationId && side === 'customer' && (c.status !== chat.dataset.status || c.handler !== chat.dataset.handler)) {
      // The status or owner changed (a person took over, it was resolved): the page shows the right buttons after a reload.
      if (!form || !form.querySelector('textarea').value) window.location.reload();
    }
  });
  var typingTimer = null;
  connection.on('Typing', function (id, who, name) {
    if (id !== conversationId || who === side || !typingLine) return;
    typingLine.textContent = say(texts.typing, who === 'agent' ? (name || texts.someone) : (chat.dataset.customerName || ''));
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { typingLine.textContent = ''; }, 5000);
  });
  connection.on('Read', function (id, who) {
    if (id === conversationId && who !== side && readLine) readLine.hidden = false;
  });

  function join() {
    var calls = [];
    if (conversationId) calls.push(connection.invoke('Join', conversationId).then(function () {
      return connection.invoke('Read', conversationId);
    }));
    if (inbox) calls.push(connection.invoke('JoinInbox', inbox.dataset.storeId));
    return Promise.all(calls);
  }
  // Events sent while the connection was down are lost: the inbox offers a reload.
  connection.onreconnected(function () { if (inbox) showNews(); return join(); });
  connection.start().then(join).then(function () {
    (chat || inbox).dataset.connected = 'true';
    setInterval(function () {
      if (connection.state !== 'Connected') return;
      if (side === 'customer') connection.invoke('Beat', conversationId).catch(function () {});
      if (inbox) connection.invoke('BeatInbox', inbox.dataset.storeId).catch(function () {});
    }, 10000);
  }).catch(function () {});

  // The shopper's messages go over the hub; the answer arrives as a Message. The inbox's forms post as usual.
  if (form && side === 'customer') form.addEventListener('submit', function (e) {
    var photo = form.querySelector('input[type="file"]');
    if (connection.state !== 'Connected' || (photo && photo.files.length)) return; // a photo goes as a plain form post
    e.preventDefault();
    var box = form.querySelector('textarea');
    var text = box.value.trim();
    if (!text) return;
    if (errorBox) errorBox.textContent = '';
    connection.invoke('Send', conversationId, text).then(function (r) {
      if (r && r.ok) box.value = ''; else if (errorBox) errorBox.textContent = (r && r.message) || '';
    }).catch(function (err) { if (errorBox) errorBox.textContent = String(err && err.message || err); });
  });
  // Saved replies: choosing one puts its filled text in the reply box (replacing what the last choice put there, else where
  // the cursor is) and says which variables had no value.
  var saved = document.getElementById('support-saved');
  var picker = saved && saved.querySelector('select');
  if (picker && form) {
    var box = form.querySelector('textarea');
    var missing = document.getElementById('saved-reply-missing');
    var inserted = box.value;
    var useSaved = function (thenWrite) {
      var option = picker.selectedOptions[0];
      if (!option || !option.value) return;
      var text = option.dataset.text;
      if (!box.value || box.value === inserted) { box.value = text; inserted = text; }
      else { box.setRangeText(text, box.selectionStart, box.selectionEnd, 'end'); inserted = null; }
      if (missing) {
        missing.textContent = option.dataset.missing ? say(texts.missing, option.dataset.missing) : '';
        missing.hidden = !option.dataset.missing;
      }
      if (thenWrite) box.focus();
    };
    // Arrowing through the list fills the box as it goes (each choice replaces the last); the button also moves to the box.
    picker.addEventListener('change', function () { useSaved(false); });
    saved.addEventListener('submit', function (e) { e.preventDefault(); useSaved(true); });
  }

  var lastTyping = 0;
  if (form) form.querySelector('textarea').addEventListener('input', function () {
    var now = Date.now();
    if (now - lastTyping < 3000 || connection.state !== 'Connected' || !conversationId) return;
    lastTyping = now;
    connection.invoke('Typing', conversationId).catch(function () {});
  });
})();
