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

  // --- reading the key file -------------------------------------------------------------
  // A key file is PKCS#8 PEM, plain or (keygen --passphrase-env) encrypted as PKCS#5 PBES2 with
  // PBKDF2-HMAC-SHA256 and AES-256-CBC, which is what `cryptography` writes.  Both steps of the
  // decryption are WebCrypto's own; this script only reads the DER structure around them and
  // accepts exactly those algorithms.

  const OIDS = {
    pbes2: "2a864886f70d01050d",
    pbkdf2: "2a864886f70d01050c",
    hmacSha256: "2a864886f70d0209",
    aes256cbc: "60864801650304012a",
  };
  const MAX_ITERATIONS = 10000000;

  function derNode(bytes, pos) {
    if (pos + 2 > bytes.length) throw new Error("密钥文件已损坏");
    const tag = bytes[pos];
    let length = bytes[pos + 1];
    let start = pos + 2;
    if (length & 0x80) {
      const count = length & 0x7f;
      if (count < 1 || count > 3) throw new Error("密钥文件已损坏");
      length = 0;
      for (let i = 0; i < count; i += 1) length = length * 256 + bytes[start + i];
      start += count;
    }
    if (start + length > bytes.length) throw new Error("密钥文件已损坏");
    return { tag, start, end: start + length, bytes };
  }

  function derChildren(node) {
    const found = [];
    let pos = node.start;
    while (pos < node.end) {
      const child = derNode(node.bytes, pos);
      if (child.end > node.end) throw new Error("密钥文件已损坏");
      found.push(child);
      pos = child.end;
    }
    return found;
  }

  function derExpect(node, tag) {
    if (!node || node.tag !== tag) throw new Error("密钥文件不是 govpub review keygen 写出的格式");
    return node;
  }

  const derBytes = (node) => node.bytes.slice(node.start, node.end);
  const derHex = (node) => [...derBytes(node)].map((b) => b.toString(16).padStart(2, "0")).join("");

  function derOid(node, expected) {
    if (derHex(derExpect(node, 0x06)) !== expected) {
      throw new Error("密钥文件的加密方式不受支持（应为 govpub review keygen 写出的 PBES2/AES-256-CBC）");
    }
  }

  function derInteger(node) {
    let value = 0;
    for (const b of derBytes(derExpect(node, 0x02))) value = value * 256 + b;
    return value;
  }

  async function decryptPkcs8(der, passphrase) {
    const [algorithm, data] = derChildren(derExpect(derNode(der, 0), 0x30));
    const [pbes2, params] = derChildren(derExpect(algorithm, 0x30));
    derOid(pbes2, OIDS.pbes2);
    const [kdf, cipher] = derChildren(derExpect(params, 0x30));
    const [kdfOid, kdfParams] = derChildren(derExpect(kdf, 0x30));
    derOid(kdfOid, OIDS.pbkdf2);
    const fields = derChildren(derExpect(kdfParams, 0x30));
    const salt = derBytes(derExpect(fields[0], 0x04));
    const iterations = derInteger(fields[1]);
    const prf = fields.find((f) => f.tag === 0x30);
    if (!prf) throw new Error("密钥文件的加密方式不受支持（PBKDF2 须用 HMAC-SHA256）");
    derOid(derChildren(prf)[0], OIDS.hmacSha256);
    if (iterations < 1 || iterations > MAX_ITERATIONS) throw new Error("密钥文件已损坏");
    const [cipherOid, iv] = derChildren(derExpect(cipher, 0x30));
    derOid(cipherOid, OIDS.aes256cbc);
    const base = await crypto.subtle.importKey(
      "raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
    const aes = await crypto.subtle.deriveKey(
      { name: "PBKDF2", salt, iterations, hash: "SHA-256" },
      base, { name: "AES-CBC", length: 256 }, false, ["decrypt"]);
    try {
      const plain = await crypto.subtle.decrypt(
        { name: "AES-CBC", iv: derBytes(derExpect(iv, 0x04)) }, aes,
        derBytes(derExpect(data, 0x04)));
      return new Uint8Array(plain);
    } catch (error) {
      throw new Error("口令不对，或密钥文件已损坏");
    }
  }

  async function pemToDer(text, passphrase) {
    const pem = (label) => text.match(
      new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`));
    const encrypted = pem("ENCRYPTED PRIVATE KEY");
    if (encrypted) {
      if (!passphrase) throw new Error("该密钥文件用口令加密：请同时输入口令");
      return decryptPkcs8(fromBase64(encrypted[1].replace(/\s+/g, "")), passphrase);
    }
    const plain = pem("PRIVATE KEY");
    if (!plain) throw new Error("不是 govpub review keygen 写出的私钥文件（PKCS#8 PEM）");
    return fromBase64(plain[1].replace(/\s+/g, ""));
  }

  async function importPem(text, passphrase) {
    const der = await pemToDer(text, passphrase);
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
        const passphrase = $("#passphrase").value;
        $("#passphrase").value = "";
        await importPem(await file.text(), passphrase);
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
