// Options page entry: mounts the options app over this page's connection to the extension's database,
// and a banner if a database upgrade has to wait for an older Claimlight tab.
import { render } from 'preact';
import { STORAGE_ERROR_MESSAGES, createDatabase, openRepositories } from '../storage/index';
import { OptionsApp } from './options-app';

const root = document.getElementById('app');
if (root) {
  const showBlocked = () => {
    const banner = document.createElement('div');
    document.body.prepend(banner);
    render(<p class="error banner" role="alert">{STORAGE_ERROR_MESSAGES.BlockedError}</p>, banner);
  };
  render(<OptionsApp repos={openRepositories(createDatabase({ onBlocked: showBlocked }))} />, root);
}
