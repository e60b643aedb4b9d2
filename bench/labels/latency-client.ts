import { LatencyPass, sendPass } from './latency';

/** The latency client of measureLatency, forked in a process of its own: one pass, answered over IPC. */
process.once('message', (pass: LatencyPass) => {
  sendPass(pass).then(
    (figures) => process.send!(figures, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
