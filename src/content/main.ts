// Content script entry: placeholder until the page scanner lands.
export {};
