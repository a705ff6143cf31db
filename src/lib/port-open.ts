import { connect } from 'node:net';

/** Whether something accepts connections on `host:port` now, to wait for a server to start. */
export function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, host, () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}
