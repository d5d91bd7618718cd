// Background entry (Chrome service worker / Firefox event page): wires the message router. Placeholder until storage lands.
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => undefined);
