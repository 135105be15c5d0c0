'use strict';

const { startMock } = require('./start-mock');
const { connectMock } = require('./control');

module.exports = { startMock, connectMock };
