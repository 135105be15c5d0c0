// The ES module face of the package: the same functions as the CommonJS one, so both share one implementation.
import shared from './index.js';

export const { startMock, connectMock } = shared;
