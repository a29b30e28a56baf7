/*
 * Cytoscape's stylesheet for the graph. Kept apart from the drawing code because it is long and
 * changes for other reasons (how the graph looks, not what it holds).
 */
import { DISPUTE_COLOR, KINDS } from './vocabulary.js';

export function graphStyle() {
  const style = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 12,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 110,
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        color: '#222',
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    {
      selector: 'node.focus',
      style: {
        width: 38,
        height: 38,
        'border-width': 3,
        'border-color': '#222',
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: 2,
        'arrow-scale': 0.9,
        'target-arrow-shape': 'triangle',
      },
    },
    {
      selector: 'edge.statement',
      style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', width: 3 },
    },
    { selector: 'edge.mentioned', style: { width: 1.5, opacity: 0.45 } },
    {
      selector: 'edge.relation',
      style: {
        'line-color': '#c8c8c8',
        'target-arrow-color': '#c8c8c8',
        'target-arrow-shape': 'vee',
        width: 1,
        label: 'data(label)',
        'font-size': 8,
        color: '#888',
        'text-rotation': 'autorotate',
      },
    },
    {
      selector: 'edge.dispute',
      style: {
        'line-color': DISPUTE_COLOR,
        'target-arrow-color': DISPUTE_COLOR,
        'target-arrow-shape': 'tee',
        'line-style': 'dashed',
        'line-dash-pattern': [7, 4],
        width: 2.5,
        label: 'data(label)',
        'font-size': 9,
        color: DISPUTE_COLOR,
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
      },
    },
    {
      selector: 'edge.selected',
      style: {
        width: 6,
        opacity: 1,
        label: 'data(stance)',
        'font-size': 10,
        'text-rotation': 'autorotate',
        'z-index': 10,
        'text-background-color': '#fff',
        'text-background-opacity': 0.9,
      },
    },
    { selector: 'edge.selected.mentioned', style: { width: 3, label: '' } },
    { selector: 'node.faded', style: { opacity: 0.25 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
  for (const [kind, { color, shape }] of Object.entries(KINDS)) {
    style.push({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': color, shape },
    });
  }
  return style;
}
