import { render } from 'preact';

function Options() {
  return <main><h1>Claimlight</h1></main>;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
