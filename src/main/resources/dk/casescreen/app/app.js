// casescreen app: uploads files, puts in place what the server rendered, and pings. Computes nothing.
'use strict';
(function () {
  const byId = id => document.getElementById(id);
  const parts = ['file-list', 'validation', 'municipality', 'extra-files', 'result', 'message'];

  function show(state) {
    for (const id of parts) {
      if (id in state) {
        byId(id).innerHTML = state[id];
      }
    }
    byId('make-report').disabled = state.usable !== 'true';
  }

  async function post(url, body, headers) {
    document.body.classList.add('busy');
    byId('message').textContent = document.body.dataset.working;
    try {
      const response = await fetch(url, { method: 'POST', body: body, headers: headers || {} });
      if ((response.headers.get('Content-Type') || '').startsWith('application/json')) {
        show(await response.json());
      } else {
        byId('message').textContent = await response.text();
      }
    } catch (e) {
      byId('message').textContent = document.body.dataset.failed;
    } finally {
      document.body.classList.remove('busy');
    }
  }

  async function upload(files, kind) {
    for (const file of Array.from(files)) {
      await post('upload?kind=' + kind, file, { 'X-File-Name': encodeURIComponent(file.name) });
    }
  }

  byId('files').addEventListener('change', async event => {
    await upload(event.target.files, 'cases');
    event.target.value = '';
  });
  for (const kind of ['populations', 'benchmark']) {
    byId(kind).addEventListener('change', async event => {
      await upload(event.target.files, kind);
      event.target.value = '';
    });
  }
  const drop = byId('drop');
  drop.addEventListener('dragover', event => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', event => {
    event.preventDefault();
    drop.classList.remove('over');
    upload(event.dataTransfer.files, 'cases');
  });
  for (const list of ['file-list', 'extra-files']) {
    byId(list).addEventListener('click', event => {
      const button = event.target.closest('button[data-remove]');
      if (button) {
        post('remove?id=' + encodeURIComponent(button.dataset.remove));
      }
    });
  }
  byId('options').addEventListener('submit', event => {
    event.preventDefault();
    post('report', new URLSearchParams(new FormData(byId('options'))).toString(),
      { 'Content-Type': 'application/x-www-form-urlencoded' });
  });
  byId('stop').addEventListener('click', async () => {
    clearInterval(pinger);
    await post('stop');
    for (const control of document.querySelectorAll('input, button, select')) {
      control.disabled = true;
    }
  });
  const pinger = setInterval(() => {
    fetch('ping', { method: 'POST' }).catch(() => {
      byId('message').textContent = document.body.dataset.failed;
    });
  }, 15000);
})();
