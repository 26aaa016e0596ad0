/**
 * A small event emitter with once(), off() and wildcard listeners.
 * Written for the codelm filter tests: the test minifies it into one long line.
 */
'use strict';

class Emitter {
  constructor() {
    // event name -> array of {listener, once}
    this.listeners = new Map();
  }

  on(event, listener) {
    if (typeof listener !== 'function') {
      throw new TypeError('listener must be a function');
    }
    const entries = this.listeners.get(event) || [];
    entries.push({ listener, once: false });
    this.listeners.set(event, entries);
    return this;
  }

  once(event, listener) {
    this.on(event, listener);
    const entries = this.listeners.get(event);
    entries[entries.length - 1].once = true;
    return this;
  }

  off(event, listener) {
    const entries = this.listeners.get(event);
    if (!entries) {
      return this;
    }
    const remaining = entries.filter((entry) => entry.listener !== listener);
    if (remaining.length === 0) {
      this.listeners.delete(event);
    } else {
      this.listeners.set(event, remaining);
    }
    return this;
  }

  emit(event, ...args) {
    let delivered = 0;
    for (const name of [event, '*']) {
      const entries = this.listeners.get(name);
      if (!entries) {
        continue;
      }
      for (const entry of [...entries]) {
        if (entry.once) {
          this.off(name, entry.listener);
        }
        entry.listener.apply(this, name === '*' ? [event, ...args] : args);
        delivered += 1;
      }
    }
    return delivered;
  }

  listenerCount(event) {
    const entries = this.listeners.get(event);
    return entries ? entries.length : 0;
  }
}

function debounce(fn, waitMs) {
  let timer = null;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), waitMs);
  };
}

function throttle(fn, intervalMs) {
  let last = 0;
  return function throttled(...args) {
    const now = Date.now();
    if (now - last >= intervalMs) {
      last = now;
      return fn.apply(this, args);
    }
    return undefined;
  };
}

module.exports = { Emitter, debounce, throttle };
