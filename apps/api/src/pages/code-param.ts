import { Param, type PipeTransform } from '@nestjs/common';

/**
 * A page's code as it is read: codes are made in lower case, but a guest types the address printed
 * under a QR code as printed (a pass card writes its code in capitals, as everywhere people read
 * it; a phone capitalises) and still lands on the page.
 */
export const codeOf = (typed: string): string => typed.toLowerCase();

class CodeInAnyCase implements PipeTransform<string, string> {
  transform(value: string): string {
    return codeOf(value);
  }
}

export const CodeParam = () => Param('code', new CodeInAnyCase());
