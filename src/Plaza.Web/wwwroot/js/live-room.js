// The live room page: chat, likes, viewers, pinned product and message over the SignalR hub (/hubs/live), the video
// through hls.js, and in a replay the chat and pins played back in step with the recording.
(function () {
  'use strict';
  var root = document.querySelector('[data-testid="live-room"]');
  if (!root || !window.signalR) return;
  var roomId = root.dataset.roomId;
  var state = root.dataset.state;
  var canModerate = root.dataset.canModerate === 'true';
  var texts = JSON.parse(document.getElementById('live-texts').textContent);
  var lang = document.documentElement.lang || 'en';
  var list = document.getElementById('chat-messages');
  var form = document.getElementById('chat-form');
  var errorBox = document.getElementById('chat-error');
  var likeButton = document.getElementById('like-button');
  var likeCount = document.getElementById('like-count');
  var viewerCount = document.getElementById('viewer-count');
  var pinnedProduct = document.getElementById('pinned-product');
  var pinnedMessage = document.getElementById('pinned-message');

  function say(template, value) { return template.replace('{0}', value); }
  function money(minor, currency) {
    return new Intl.NumberFormat(lang, { style: 'currency', currency: currency }).format(minor / 100);
  }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function showError(text) { if (errorBox) errorBox.textContent = text || ''; }

  // ----- chat -----
  function messageItem(m) {
    var li = el('li', 'chat-message' + (m.held ? ' chat-message--held' : ''));
    li.dataset.id = m.id;
    li.dataset.testid = 'chat-message';
    li.setAttribute('data-testid', 'chat-message');
    var who = el('strong', 'chat-message__author', m.authorName);
    who.dir = 'auto';
    var text = el('span', 'chat-message__text', m.text);
    text.dir = 'auto';
    li.append(who, ' ', text);
    if (m.held) li.append(el('small', 'muted', ' ' + texts.held));
    if (canModerate && !m.held && state !== 'replay') {
      var tools = el('span', 'chat-message__tools');
      [['pin', function () { invoke('PinMessage', roomId, m.id); }],
       ['delete', function () { invoke('DeleteMessage', roomId, m.id); }],
       ['mute', function () { invoke('Sanction', roomId, m.authorId, 'mute'); }],
       ['ban', function () { invoke('Sanction', roomId, m.authorId, 'ban'); }]].forEach(function (a) {
        var b = el('button', 'link-button', texts[a[0]]);
        b.type = 'button';
        b.setAttribute('data-testid', 'chat-' + a[0]);
        b.addEventListener('click', a[1]);
        tools.append(' ', b);
      });
      li.append(tools);
    }
    return li;
  }
  function addMessage(m) {
    if (list.querySelector('[data-id="' + m.id + '"]')) return;
    list.append(messageItem(m));
    while (list.children.length > 200) list.removeChild(list.firstChild);
    list.scrollTop = list.scrollHeight;
  }
  function showPinnedMessage(m) {
    pinnedMessage.hidden = !m;
    pinnedMessage.textContent = '';
    if (!m) return;
    var label = el('strong', '', texts.pinned + ': ');
    var body = el('span', '', m.authorName + ': ' + m.text);
    body.dir = 'auto';
    pinnedMessage.append(label, body);
    if (canModerate && state !== 'replay') {
      var b = el('button', 'link-button', texts.unpin);
      b.type = 'button';
      b.addEventListener('click', function () { invoke('PinMessage', roomId, null); });
      pinnedMessage.append(' ', b);
    }
  }

  // ----- pinned product: the product's own card from the page (with its add-to-cart form), with the stock now -----
  function showPinnedProduct(card) {
    pinnedProduct.textContent = '';
    pinnedProduct.dataset.pinnedSku = card ? card.skuId : '';
    if (!card) return;
    var source = document.querySelector('[data-testid="room-product"][data-sku="' + card.skuId + '"]');
    // The page's card is a list item; the pinned one stands alone, so it is a div holding the same content.
    var box = el('div', 'product-card');
    if (source) source.childNodes.forEach(function (n) { box.append(n.cloneNode(true)); });
    box.setAttribute('data-testid', 'pinned-card');
    box.querySelectorAll('[data-testid="pin-product"]').forEach(function (b) { b.remove(); });
    var price = box.querySelector('.price');
    if (price) price.textContent = money(card.priceMinor, card.currency);
    var stock = el('span', 'stock', card.available && card.stock > 0 ? say(texts.left, card.stock) : texts.soldOut);
    stock.setAttribute('data-testid', 'pinned-stock');
    box.append(stock);
    box.addEventListener('click', function (e) {
      if (e.target.closest('a, button') && connection.state === 'Connected') connection.invoke('ClickProduct', roomId).catch(function () {});
    });
    pinnedProduct.append(box);
  }
  function cardFor(skuId, products) {
    return (products || []).filter(function (p) { return p.skuId === skuId; })[0] || null;
  }

  // ----- the hub -----
  // WebSockets only, without the negotiate round trip: behind nginx without sticky sessions both requests could land on different nodes.
  var connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/live', { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
    .withAutomaticReconnect().build();
  function invoke() {
    var args = Array.prototype.slice.call(arguments);
    return connection.invoke.apply(connection, args).then(function (result) {
      if (result && result.ok === false) showError(result.message);
      return result;
    }).catch(function (e) { showError(String(e && e.message || e)); });
  }
  // Chat arrives in batches (at most a tenth of a second late); 'Message' is a held message shown to its author only.
  connection.on('Messages', function (batch) { if (state !== 'replay') batch.forEach(addMessage); });
  connection.on('Message', function (m) { if (state !== 'replay') addMessage(m); });
  connection.on('MessageDeleted', function (id) {
    var li = list.querySelector('[data-id="' + id + '"]');
    if (li) li.remove();
  });
  connection.on('PinnedProduct', showPinnedProduct);
  connection.on('PinnedMessage', showPinnedMessage);
  connection.on('Likes', function (total) { if (total > Number(likeCount.textContent)) likeCount.textContent = total; });
  connection.on('Viewers', function (n) { viewerCount.textContent = say(texts.viewers, Math.max(1, n)); });
  connection.on('SlowMode', function () {});
  // A new deal: the page shows it with its buy form (a reload keeps the form's protection against cross-site posts).
  // A known deal: its units left move as people buy.
  connection.on('Deal', function (deal) {
    var item = document.querySelector('[data-deal-id="' + deal.id + '"]');
    if (!item) { window.location.reload(); return; }
    var left = item.querySelector('[data-deal-left]');
    if (left) left.textContent = deal.remaining > 0 ? say(texts.left, deal.remaining) : texts.soldOut;
    var buy = item.querySelector('[data-testid="buy-deal"]');
    if (buy) buy.disabled = deal.remaining === 0;
  });
  connection.on('State', function (s) { if (s !== state) window.location.reload(); });
  // The host's stream stopped (the room waits for it) or came back: the player starts again from the new stream.
  connection.on('Video', function (dropped) {
    var note = document.getElementById('video-dropped');
    if (dropped) { if (note) note.hidden = false; } else window.location.reload();
  });
  connection.on('Sanctioned', function (id, kind) {
    if (id !== roomId) return;
    showError(kind === 'ban' ? texts.banned : texts.muted);
    if (form) form.querySelectorAll('input, button').forEach(function (c) { c.disabled = true; });
    if (likeButton) likeButton.disabled = true;
    if (kind === 'ban') connection.invoke('Leave', roomId).catch(function () {});
  });
  connection.onreconnecting(function () { viewerCount.textContent = texts.reconnecting; });
  connection.onreconnected(function () { join(); });

  function join() {
    return connection.invoke('Join', roomId).then(function (view) {
      if (!view) return;
      // The room moved on (live, ended, replay) between this page being served and joining: a State event sent in between
      // never reached this page, so show the room as it is now.
      if (view.room.state !== state) { window.location.reload(); return; }
      if (view.sanction) {
        showError(view.sanction === 'ban' ? texts.banned : texts.muted);
        if (form) form.querySelectorAll('input, button').forEach(function (c) { c.disabled = true; });
      }
      viewerCount.textContent = say(texts.viewers, Math.max(1, view.viewers));
      likeCount.textContent = view.room.likes;
      if (state === 'replay') return;
      list.textContent = '';
      view.messages.forEach(addMessage);
      showPinnedMessage(view.pinnedMessage);
      showPinnedProduct(cardFor(view.room.pinnedSkuId, view.room.products));
    });
  }
  connection.start().then(join).then(function () {
    root.dataset.connected = 'true';
    setInterval(function () { if (connection.state === 'Connected') connection.invoke('Beat', roomId).catch(function () {}); }, 10000);
  });

  if (form) form.addEventListener('submit', function (e) {
    e.preventDefault();
    var input = form.querySelector('input[name="text"]');
    var text = input.value.trim();
    if (!text) return;
    showError('');
    invoke('Send', roomId, text).then(function (r) { if (r && r.ok) input.value = ''; });
  });

  // Taps are sent in small batches: the server adds them up and shows the total once a second.
  var taps = 0;
  if (likeButton) likeButton.addEventListener('click', function () {
    taps++;
    likeCount.textContent = Number(likeCount.textContent) + 1;
  });
  setInterval(function () {
    if (taps > 0 && connection.state === 'Connected') { var n = Math.min(taps, 50); taps -= n; connection.invoke('Like', roomId, n).catch(function () {}); }
  }, 500);

  // ----- host tools -----
  document.querySelectorAll('[data-pin-sku]').forEach(function (b) {
    b.addEventListener('click', function () { invoke('PinProduct', roomId, b.dataset.pinSku); });
  });
  var unpin = document.querySelector('[data-unpin-product]');
  if (unpin) unpin.addEventListener('click', function () { invoke('PinProduct', roomId, null); });
  var slow = document.getElementById('slow-mode');
  if (slow) slow.addEventListener('change', function () { invoke('SetSlowMode', roomId, Number(slow.value)); });

  // ----- video -----
  var video = document.getElementById('live-video');
  var url = root.dataset.videoUrl;
  if (video && url) {
    if (window.Hls && window.Hls.isSupported()) {
      var hls = new window.Hls({ enableWorker: false, liveSyncDurationCount: 2 });
      // A viewer who arrives as the room goes live asks before nginx has written the first segments (404): ask again
      // every two seconds for a minute rather than leave a dead player.
      var retries = 0;
      hls.on(window.Hls.Events.ERROR, function (_, data) {
        if (!data.fatal) return;
        if (data.type === window.Hls.ErrorTypes.MEDIA_ERROR) { hls.recoverMediaError(); return; }
        if (retries++ < 30) setTimeout(function () { hls.loadSource(url); }, 2000);
      });
      hls.on(window.Hls.Events.MANIFEST_PARSED, function () { retries = 0; video.play().catch(function () {}); });
      hls.loadSource(url);
      hls.attachMedia(video);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = url;
    }
    video.play().catch(function () {});
  }

  // ----- replay: the chat and pins as they were when the recording reaches each moment -----
  if (state === 'replay' && video) {
    fetch('/api/v1/live-rooms/' + roomId + '/timeline').then(function (r) { return r.json(); }).then(function (timeline) {
      var items = timeline.items;
      function render() {
        var t = video.currentTime * 1000;
        list.textContent = '';
        var card = null, pinned = null, deleted = {};
        items.forEach(function (i) {
          if (i.offsetMs > t) return;
          if (i.kind === 'message' && i.message) addMessage(i.message);
          if (i.kind === 'product-pinned') card = i.product;
          if (i.kind === 'product-unpinned') card = null;
          if (i.kind === 'message-pinned') pinned = i.message;
          if (i.kind === 'message-unpinned') pinned = null;
          if (i.kind === 'message-deleted') deleted[i.refId] = true;
        });
        Object.keys(deleted).forEach(function (id) { var li = list.querySelector('[data-id="' + id + '"]'); if (li) li.remove(); });
        showPinnedMessage(pinned);
        if ((card && card.skuId) !== (pinnedProduct.dataset.pinnedSku || null)) showPinnedProduct(card);
      }
      video.addEventListener('timeupdate', render);
      video.addEventListener('seeked', render);
      render();
    });
  }
})();
