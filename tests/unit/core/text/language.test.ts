import { looksEnglish } from '../../../../src/core/text/language';

describe('looksEnglish', () => {
  it('accepts English prose', () => {
    expect(looksEnglish('The minister said on Monday that the talks would continue, and that he was ready to meet his counterpart in the capital. It was not clear when the next round would be held, but officials on both sides said they were hopeful.')).toBe(true);
  });

  it('rejects Spanish and Chinese prose', () => {
    expect(looksEnglish('El ministro dijo el lunes que las conversaciones continuarían y que estaba dispuesto a reunirse con su homólogo en la capital. No estaba claro cuándo se celebraría la próxima ronda, pero los funcionarios de ambos lados dijeron que tenían esperanzas.')).toBe(false);
    expect(looksEnglish('部长周一表示，会谈将继续进行，他已准备好在首都会见对方。目前尚不清楚下一轮会谈何时举行，但双方官员都表示抱有希望。'.repeat(3))).toBe(false);
  });

  it('gives short text the benefit of the doubt', () => {
    expect(looksEnglish('Hola mundo')).toBe(true);
  });
});
