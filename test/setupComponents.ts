import '@testing-library/jest-dom';

// jsdom leaves out TextEncoder and TextDecoder, which every browser has and the file shell uses to read workbooks.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

if (typeof globalThis.TextDecoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
}
