// Options page entry: mounts the options app over the extension's database.
import { render } from 'preact';
import { openRepositories } from '../storage/index';
import { OptionsApp } from './options-app';

const root = document.getElementById('app');
if (root) render(<OptionsApp repos={openRepositories()} />, root);
