import { startBackgroundServer } from '@/extension/background-server';

export default defineBackground(() => {
  startBackgroundServer();
});
