import { describe, expect, it } from 'vitest';
import { checkedCode } from './check-character.js';
import { codeForReaders } from './code-for-readers.js';
import { readTypedCode } from './typed-code.js';

describe('a code typed from paper', () => {
  const pass = checkedCode(10);

  it('is read whatever its spacing, dashes and case, or pasted as the address of its page', () => {
    expect(readTypedCode(` ${codeForReaders(pass)} `)).toEqual({ code: pass });
    expect(readTypedCode(codeForReaders(pass).replaceAll(' ', '-').toLowerCase())).toEqual({ code: pass });
    expect(readTypedCode(`https://terroir.example/p/${pass}?lang=fr`)).toEqual({ code: pass });
  });

  it('with one character wrong is a typing mistake, not another code', () => {
    const wrong = pass.slice(0, 3) + (pass[3] === 'z' ? 'y' : 'z') + pass.slice(4);
    expect(readTypedCode(wrong)).toEqual({ refusal: 'code_mistyped' });
  });

  it('drawn before check characters (8 or 10 characters) is read as it is', () => {
    expect(readTypedCode('AZQAT 474MD')).toEqual({ code: 'azqat474md' });
    expect(readTypedCode('k7m2 p9qa')).toEqual({ code: 'k7m2p9qa' });
  });

  it('with a character codes never have is refused, not guessed', () => {
    expect(readTypedCode('AZQAT 474M0')).toEqual({ refusal: 'code_look_alike' });
    expect(readTypedCode('azqao474md')).toEqual({ refusal: 'code_look_alike' });
    expect(readTypedCode('pass!')).toEqual({ refusal: 'not_a_code' });
    expect(readTypedCode('')).toEqual({ refusal: 'not_a_code' });
  });
});
