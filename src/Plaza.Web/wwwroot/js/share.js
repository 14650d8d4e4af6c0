// Share page: a Copy button for the link field; poster: a Print button. Both stay hidden without script.
(() => {
  for (const button of document.querySelectorAll('[data-copy]')) {
    const field = document.getElementById(button.dataset.copy);
    const status = document.querySelector('[data-copy-status]');
    if (!field || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
        if (status) status.textContent = button.dataset.copied || '';
      } catch { /* the field stays selected: the person can copy it themselves */ }
    });
  }
  for (const button of document.querySelectorAll('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
})();
