/** The rendering layer's public surface: channel-neutral replies in, Bot Framework activity JSON out. */
export * from './render';
