import { ObjectType } from 'type-graphql';
import { Connection } from '../pagination/connection.type';
import { Statement } from './statement.type';

@ObjectType()
export class StatementConnection extends Connection('Statement', () => Statement) {}
