/* govpub web console: the only script the pages run (Content-Security-Policy: script-src 'self').
 *
 * The reviewer's Ed25519 private key is imported once from the PEM file that
 * `govpub review keygen` writes and kept in IndexedDB as a non-extractable
 * CryptoKey: scripts can sign with it but never read it back, and it is never
 * sent anywhere.  Sign-in signs a server nonce; approving signs the approval's
 * canonical fields, which the server turns into the same approval file the CLI
 * writes.  No inline handlers, no eval, no outside resources.
 */
"use strict";
(() => {
  const DB = "govpub-console";
  const STORE = "keys";
  const SLOT = "reviewer";
  const SIGNIN_CONTEXT = "govpub-signin/1";
  const $ = (selector) => document.querySelector(selector);

  const csrf = () => $('meta[name="csrf-token"]').content;

  function idb() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function idbDo(mode, action) {
    const db = await idb();
    return new Promise((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  const storedKey = () => idbDo("readonly", (s) => s.get(SLOT));
  const storeKey = (value) => idbDo("readwrite", (s) => s.put(value, SLOT));
  const forgetKey = () => idbDo("readwrite", (s) => s.delete(SLOT));

  function toBase64(bytes) {
    let text = "";
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  }

  function fromBase64(text) {
    const raw = atob(text);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  function base64urlToBase64(text) {
    const plain = text.replace(/-/g, "+").replace(/_/g, "/");
    return plain + "=".repeat((4 - (plain.length % 4)) % 4);
  }

  function pemToDer(text) {
    if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(text)) {
      throw new Error("该密钥文件用口令加密，浏览器不能直接导入；请按 docs/web.md 导出浏览器用的密钥");
    }
    const found = text.match(/-----BEGIN PRIVATE KEY-----([\s\S]*?)-----END PRIVATE KEY-----/);
    if (!found) throw new Error("不是 govpub review keygen 写出的私钥文件（PKCS#8 PEM）");
    return fromBase64(found[1].replace(/\s+/g, ""));
  }

  async function importPem(text) {
    const der = pemToDer(text);
    const algorithm = { name: "Ed25519" };
    // Once extractable, only to read the public half (the JWK "x"); then discarded.
    const probe = await crypto.subtle.importKey("pkcs8", der, algorithm, true, ["sign"]);
    const jwk = await crypto.subtle.exportKey("jwk", probe);
    const publicKey = "ed25519:" + base64urlToBase64(jwk.x);
    const key = await crypto.subtle.importKey("pkcs8", der, algorithm, false, ["sign"]);
    der.fill(0);
    jwk.d = "";
    await storeKey({ key, publicKey });
    return publicKey;
  }

  async function sign(key, bytes) {
    const signature = await crypto.subtle.sign({ name: "Ed25519" }, key, bytes);
    return toBase64(new Uint8Array(signature));
  }

  async function postJson(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRF-Token": csrf(),
      },
      body: JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  async function loginPage() {
    const status = $("#status");
    const show = async () => {
      const stored = await storedKey();
      $("#key-missing").hidden = Boolean(stored);
      $("#key-present").hidden = !stored;
      if (stored) $("#key-text").textContent = stored.publicKey;
    };
    $("#import-key").addEventListener("click", async () => {
      const file = $("#pem-file").files[0];
      if (!file) {
        status.textContent = "请选择私钥文件";
        return;
      }
      try {
        await importPem(await file.text());
        status.textContent = "密钥已保存在本浏览器中（不可读出）。";
        await show();
      } catch (error) {
        status.textContent = "无法导入：" + error.message;
      }
    });
    $("#signin").addEventListener("click", async () => {
      status.textContent = "正在签名登录…";
      try {
        const stored = await storedKey();
        const challenge = await postJson("/signin/challenge", { public_key: stored.publicKey });
        const message = `${SIGNIN_CONTEXT}\n${location.origin}\n${challenge.nonce}`;
        const signature = await sign(stored.key, new TextEncoder().encode(message));
        const done = await postJson("/signin/verify", {
          public_key: stored.publicKey,
          nonce: challenge.nonce,
          signature,
        });
        location.assign(done.next);
      } catch (error) {
        status.textContent = "登录失败：" + error.message;
      }
    });
    $("#forget-key").addEventListener("click", async () => {
      await forgetKey();
      status.textContent = "已从本浏览器删除密钥。";
      await show();
    });
    await show();
  }

  function reviewPage() {
    const form = $("#approve-form");
    const status = $("#status");
    $("#approve").disabled = false; // signing needs this script: the button waits for it
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      status.textContent = "正在签名…";
      try {
        const stored = await storedKey();
        if (!stored) throw new Error("本浏览器没有保存密钥，请先在登录页导入");
        const draft = form.dataset.draft;
        const notPassed = [...form.querySelectorAll('input[name="checks"]')]
          .filter((box) => !box.checked)
          .map((box) => box.value);
        const prepared = await postJson(`/posts/${draft}/approve/prepare`, {
          tier: Number(form.elements.tier.value),
          comment: form.elements.comment.value,
          not_passed: notPassed,
        });
        const signature = await sign(stored.key, fromBase64(prepared.payload));
        const done = await postJson(`/posts/${draft}/approve/sign`, {
          token: prepared.token,
          signature,
        });
        status.textContent = "已签署：" + done.approval;
        location.assign(done.next);
      } catch (error) {
        status.textContent = "未签署：" + error.message;
      }
    });
  }

  const FINAL = new Set([
    "published", "failed", "skipped", "cancelled", "removed", "unknown",
    "retracted", "retract_manual", "retract_failed",
  ]);
  const LABELS = {
    planned: "排队", sending: "发送中", accepted: "平台审核中", published: "已发布",
    failed: "失败", unknown: "待核实", removed: "平台已删除", skipped: "跳过",
    cancelled: "已取消", retracting: "撤回中", retracted: "已撤回",
    retract_manual: "需人工撤回", retract_failed: "撤回失败",
  };

  function progressPage() {
    const state = $("#job-state");
    if (state.dataset.hasJob !== "yes") return;
    const rows = (id) => document.querySelector(`tr[data-account="${CSS.escape(id)}"]`);
    const recount = () => {
      const done = document.querySelectorAll('tr[data-final="yes"]').length;
      $("#done-count").textContent = String(done);
    };
    const mark = (id, stateName, label, detail, url) => {
      const row = rows(id);
      if (!row) return;
      row.querySelector(".acc-state").textContent = label || LABELS[stateName] || stateName;
      row.dataset.state = stateName;
      row.dataset.final = FINAL.has(stateName) ? "yes" : "no";
      const cell = row.querySelector(".acc-detail");
      if (url && /^https?:\/\//.test(url)) {
        const link = document.createElement("a");
        link.href = url;
        link.rel = "noopener noreferrer";
        link.textContent = url;
        cell.replaceChildren(link);
      } else if (detail) {
        cell.textContent = detail;
      }
      recount();
    };
    const source = new EventSource(`/posts/${state.dataset.draft}/events`);
    source.addEventListener("delivery", (event) => {
      const data = JSON.parse(event.data);
      if (!data.account_id || !data.state) return;
      const error = data.error ? data.error.message || "" : "";
      mark(data.account_id, data.state, null, error, data.url);
    });
    source.addEventListener("done", (event) => {
      source.close();
      const data = JSON.parse(event.data);
      if (data.report) {
        for (const d of data.report.deliveries) {
          mark(d.account_id, d.state, d.label, d.instruction || "", d.url);
        }
      }
      state.textContent = data.error ? "未完成：" + data.error : "已结束";
      state.dataset.done = "yes";
      $("#job-result").textContent = data.error ? "" : `共 ${$("#done-count").textContent} 个账号已处理。`;
    });
  }

  const pages = { login: loginPage, review: reviewPage, progress: progressPage };
  const page = pages[document.body.dataset.page];
  Promise.resolve(page ? page() : null).finally(() => {
    document.body.dataset.ready = "yes";
  });
})();
